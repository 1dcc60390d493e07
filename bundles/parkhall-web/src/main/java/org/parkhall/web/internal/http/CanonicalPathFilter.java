package org.parkhall.web.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;

/**
 * Serves only requests whose path, as sent, is the path the container dispatches on. Jetty decodes {@code %2F},
 * drops {@code ;parameters} and resolves dot segments before it picks a servlet, so a path such as
 * {@code /api/v1/items/..%2Fstaff} would look like one route to a rule and be served by another. Such paths are
 * refused before any servlet or access rule sees them; the route table then matches exactly what is served.
 */
// Ranked before the access filter and anything else.
@Component(service = Filter.class, property = "service.ranking:Integer=1000")
@HttpWhiteboardFilterName("parkhall-canonical-path")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
public final class CanonicalPathFilter implements Filter {
    /** Dot segments, empty segments, path parameters, backslashes and percent-encoded ASCII. */
    private static final Pattern AMBIGUOUS = Pattern.compile(
            "(^|/)\\.{1,2}(/|$)|//|;|\\\\|%[0-7][0-9a-fA-F]|%(?![0-9a-fA-F]{2})");

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String sent = request.getRequestURI().substring(request.getContextPath().length());
        if (dispatchedAsSent(sent, dispatchedPath(request))) {
            chain.doFilter(request, response);
        } else if (sent.startsWith("/api/")) {
            ApiJson.refuse(response, ErrorCode.INVALID, Bilingual.of(
                    "请求路径无效：不得含编码的斜杠或点、分号参数、“.”或“..”路径段及连续斜杠",
                    "invalid request path: no encoded slashes or dots, ';' parameters, dot segments or doubled"
                            + " slashes"), "path");
        } else {
            response.sendError(400);
        }
    }

    /** The path below the context that the container serves: servlet path and path info. */
    public static String dispatchedPath(HttpServletRequest request) {
        return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    }

    /** Whether the path as sent has one reading only, and it is {@code dispatched}. */
    static boolean dispatchedAsSent(String sent, String dispatched) {
        return !AMBIGUOUS.matcher(sent).find() && decoded(sent).filter(dispatched::equals).isPresent();
    }

    /** The path with its percent-encoded UTF-8 (of non-ASCII characters, the only kind allowed) decoded. */
    private static Optional<String> decoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(path, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
