package org.parkhall.jetty.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's server-wide error handler in the hall's distribution (set in {@code etc/jetty.xml}). It answers what Jetty
 * refuses before any servlet sees the request — a request line, URI, %-escape or header it cannot parse, a URI or
 * headers over the limits — in the API's error shape, {@code {"error":{"code","message","messageEn"}}}, where Jetty
 * would write an HTML page with its parser's reason. Such a request has no path to trust, so it gets this answer
 * whichever face it was meant for; errors inside the hall's context are answered by parkhall-web's error pages.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final String JSON = "application/json;charset=utf-8";

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return BufferUtil.toBuffer(json(status), StandardCharsets.UTF_8);
    }

    /** An error outside every context (the hall's context takes every path, so hardly ever): the same answer. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        response.setContentType(JSON);
        response.getWriter().write(json(code));
    }

    /** The error for {@code status}; Jetty's reason is left out, as it quotes what the client sent. */
    static String json(int status) {
        String[] said = switch (status) {
            case 408 -> new String[] {"timeout", "请求超时", "the request timed out"};
            case 413 -> new String[] {"too_large", "请求内容过大", "request too large"};
            case 414 -> new String[] {"uri_too_long", "请求地址过长", "request URI too long"};
            case 431 -> new String[] {"headers_too_large", "请求头过大", "request headers too large"};
            case 505 -> new String[] {"http_version", "不支持该 HTTP 版本", "HTTP version not supported"};
            default -> status < 500
                    ? new String[] {"invalid", "请求格式有误，无法解析", "malformed request"}
                    : new String[] {"internal_error", "服务器内部错误，请稍后重试或联系管理员",
                        "internal error; try again or call the administrator"};
        };
        return "{\"error\":{\"code\":\"" + said[0] + "\",\"message\":\"" + said[1] + "\",\"messageEn\":\"" + said[2]
                + "\"}}";
    }
}
