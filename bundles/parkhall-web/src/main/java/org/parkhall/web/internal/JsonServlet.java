package org.parkhall.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.parkhall.api.HallException;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the API's servlets: GET and POST with JSON, and every failure in the one error shape of
 * {@link ApiJson#error}, so no endpoint ever returns an HTML error page or a stack trace. A POST must carry a JSON
 * body (which a cross-site HTML form cannot send) of at most 64 KiB.
 */
public abstract class JsonServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JsonServlet.class);
    private static final int MAX_BODY = 64 * 1024;

    /** The body of a successful GET. */
    protected Object get(HttpServletRequest request) {
        throw notAllowed(request);
    }

    /** The body of a successful POST, given the request's JSON object. */
    protected Object post(HttpServletRequest request, JsonObject body) {
        throw notAllowed(request);
    }

    /** As {@link #post(HttpServletRequest, JsonObject)}, for a call that also sets response headers. */
    protected Object post(HttpServletRequest request, HttpServletResponse response, JsonObject body) {
        return post(request, body);
    }

    /**
     * A GET answered with a file streamed as it is made (an export), not JSON. A failure before the first bytes
     * go out is still answered in the API's error shape; one after that aborts the response, so the client sees
     * an incomplete download rather than a short file that looks whole.
     */
    protected record Download(String contentType, String fileName, Body body) {
        /** Writes the file; it must not close {@code out}. */
        @FunctionalInterface
        protected interface Body {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    /** The {@code limit} parameter, {@code fallback} when absent; the service judges its range. */
    protected static int limit(HttpServletRequest request, int fallback) {
        String limit = request.getParameter("limit");
        try {
            return limit == null || limit.isBlank() ? fallback : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "limit 须为整数", "limit must be a whole number");
        }
    }

    /** Who acts: the signed-in staff member, or "public" for a visitor at the kiosk, rating pad or guide pages. */
    protected static String actor(HttpServletRequest request) {
        return request.getRemoteUser() != null ? request.getRemoteUser() : "public";
    }

    /** The signed-in staff member, put there by {@link AccessFilter}; absent on public calls. */
    protected static Optional<Staff> staff(HttpServletRequest request) {
        return Optional.ofNullable((Staff) request.getAttribute(Staff.ATTRIBUTE));
    }

    /** The path below the servlet's pattern, split on "/": {@code /A012/cancel} gives {@code [A012, cancel]}. */
    protected static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        prepare(response);
        if (!passedAccessCheck(request)) {
            send(response, 503, ApiJson.error("unavailable", Bilingual.of("服务正在启动，请稍后重试",
                    "the hall is starting; try again in a moment"), ""));
            return;
        }
        try {
            decodeQuery(request);
            Object body = switch (request.getMethod()) {
                case "GET", "HEAD" -> get(request);
                case "POST" -> post(request, response, readBody(request));
                default -> throw notAllowed(request);
            };
            response.setStatus(request.getMethod().equals("POST") ? 201 : 200);
            if (body instanceof Download download) {
                response.setContentType(download.contentType());
                response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
                if (!request.getMethod().equals("HEAD")) { // HEAD asks for the headers, not a year of ledger
                    download.body().writeTo(response.getOutputStream()); // not closed on failure: see Download
                }
            } else {
                response.getWriter().write(ApiJson.GSON.toJson(body));
            }
        } catch (ApiException e) {
            send(response, e.status(), ApiJson.error(e.code(), e.text(), ""));
        } catch (HallException e) {
            send(response, statusOf(e.code()), ApiJson.error(e.code(), e.text(), ""));
        } catch (InvalidInputException e) {
            send(response, 400, ApiJson.error("invalid", e.text(), e.field()));
        } catch (IllegalArgumentException | JsonParseException | IllegalStateException e) {
            send(response, 400, ApiJson.error("invalid", Bilingual.of("请求内容有误：" + e.getMessage(),
                    "invalid request: " + e.getMessage()), ""));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            send(response, 500, ApiJson.error("internal_error",
                    Bilingual.of("服务器内部错误，请稍后重试或联系管理员", "internal error; try again or call the administrator"),
                    ""));
        }
    }

    /**
     * Fails closed: a staff call reaches a servlet only through {@link AccessFilter}, which marks what it lets
     * through. Should the filter be away for a moment (its bundle or services restarting), only public calls are
     * served; the rules are read here only then.
     */
    private static boolean passedAccessCheck(HttpServletRequest request) {
        return request.getAttribute(AccessFilter.PASSED) != null
                || AccessRules.of(request) == AccessRules.Access.PUBLIC;
    }

    /** Decodes the query before anything reads it, so that a bad %-escape is answered as the caller's error. */
    private static void decodeQuery(HttpServletRequest request) {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) { // Jetty's BadMessageException, which this bundle does not import
            throw ApiException.badRequest("查询参数的编码有误", "the query string is not properly %-encoded");
        }
    }

    private static void prepare(HttpServletResponse response) {
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    private static int statusOf(String code) {
        return switch (code) {
            case "not_found" -> 404;
            case "handler_failed" -> 502;
            default -> 409;
        };
    }

    private static JsonObject readBody(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type",
                    Bilingual.of("请求须为 JSON（Content-Type: application/json）", "send JSON (application/json)"));
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiException(413, "too_large", Bilingual.of("请求内容过大", "request body over 64 KiB"));
            }
            JsonElement json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new ApiException(400, "invalid", Bilingual.of("请求须为 JSON 对象", "send a JSON object"));
            }
            return json.getAsJsonObject();
        }
    }

    private static ApiException notAllowed(HttpServletRequest request) {
        return new ApiException(405, "method_not_allowed", Bilingual.of("不支持该请求方法：" + request.getMethod(),
                "method not allowed: " + request.getMethod()));
    }

    private static void send(HttpServletResponse response, int status, String body) throws IOException {
        if (response.isCommitted()) {
            throw new IOException("failed after the response began (status " + status + "): " + body);
        }
        response.reset(); // a download may have set its own headers and taken the output stream
        prepare(response);
        response.setStatus(status);
        response.getWriter().write(body);
    }
}
