package org.parkhall.web.internal.http;

import java.io.IOException;

import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;

/**
 * Answers the errors the container raises itself — a path no servlet serves, a method a page does not take, an
 * exception that escaped a servlet — in the hall's words: under {@code /api/} in the API's JSON error shape,
 * elsewhere as a plain page in Chinese, then English. Never Jetty's page, a stack trace or a class name. (What Jetty
 * refuses before dispatching, such as an unparsable URI, is answered by the distribution's Jetty error handler.)
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("parkhall-error-pages")
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx", "java.lang.Throwable"})
public final class ErrorPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** What an error status is called, for programs ({@code code}) and for people. */
    private record Meaning(ErrorCode code, Bilingual text) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : 500;
        Meaning meaning = meaning(code);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            ApiJson.refuse(response, code, meaning.code(), meaning.text(), "");
        } else {
            response.setStatus(code);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            PagesServlet.protect(response);
            response.getWriter().write(page(code, meaning.text()));
        }
    }

    private static Meaning meaning(int status) {
        return switch (status) {
            case 401 -> new Meaning(ErrorCode.UNAUTHENTICATED, Bilingual.of("请先登录", "sign in first"));
            case 403 -> new Meaning(ErrorCode.FORBIDDEN, Bilingual.of("无权访问", "forbidden"));
            case 404 -> new Meaning(ErrorCode.NOT_FOUND, Bilingual.of("没有该页面或接口", "no such page or endpoint"));
            case 405 -> new Meaning(ErrorCode.METHOD_NOT_ALLOWED, Bilingual.of("不支持该请求方法", "method not allowed"));
            case 408 -> new Meaning(ErrorCode.TIMEOUT, Bilingual.of("请求超时", "the request timed out"));
            case 413 -> new Meaning(ErrorCode.TOO_LARGE, Bilingual.of("请求内容过大", "request too large"));
            case 414 -> new Meaning(ErrorCode.URI_TOO_LONG, Bilingual.of("请求地址过长", "request URI too long"));
            case 415 -> new Meaning(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Bilingual.of("不支持该内容类型", "unsupported media type"));
            case 431 -> new Meaning(ErrorCode.HEADERS_TOO_LARGE, Bilingual.of("请求头过大", "request headers too large"));
            case 503 -> new Meaning(ErrorCode.UNAVAILABLE, Bilingual.of("服务暂不可用，请稍后重试", "unavailable; try again shortly"));
            default -> status < 500
                    ? new Meaning(ErrorCode.INVALID, Bilingual.of("请求有误", "bad request"))
                    : new Meaning(ErrorCode.INTERNAL_ERROR, Bilingual.of("服务器内部错误，请稍后重试或联系管理员",
                            "internal error; try again or call the administrator"));
        };
    }

    /** A page with no script or style, so the pages' Content-Security-Policy holds for it too. */
    private static String page(int status, Bilingual text) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status + " "
                + text.zh() + " · " + text.en() + "</title></head>\n<body><h1>" + status + " " + text.zh()
                + "</h1>\n<p lang=\"en\">" + text.en() + "</p>\n<p><a href=\"/guide/\">返回办事指南</a> · "
                + "<a href=\"/guide/\" lang=\"en\">Back to the service guides</a></p></body></html>\n";
    }
}
