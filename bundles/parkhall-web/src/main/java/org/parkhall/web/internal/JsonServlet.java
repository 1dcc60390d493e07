package org.parkhall.web.internal;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.parkhall.spi.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the API's servlets: answers GET with JSON and every failure in the one error shape of
 * {@link ApiJson#error}, so no endpoint ever returns an HTML error page or a stack trace.
 */
public abstract class JsonServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JsonServlet.class);

    /** The body of a successful GET, serialised with {@link ApiJson#GSON}. */
    protected abstract Object get(HttpServletRequest request);

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                response.setHeader("Allow", "GET, HEAD");
                throw new ApiException(405, "method_not_allowed",
                        Bilingual.of("不支持该请求方法：" + request.getMethod(),
                                "method not allowed: " + request.getMethod()));
            }
            String body = ApiJson.GSON.toJson(get(request));
            response.setStatus(200);
            response.getWriter().write(body);
        } catch (ApiException e) {
            send(response, e.status(), ApiJson.error(e.code(), e.text()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            send(response, 500, ApiJson.error("internal_error",
                    Bilingual.of("服务器内部错误，请稍后重试或联系管理员", "internal error; try again or call the administrator")));
        }
    }

    private static void send(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.getWriter().write(body);
    }
}
