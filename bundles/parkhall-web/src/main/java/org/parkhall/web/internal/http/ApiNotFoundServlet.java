package org.parkhall.web.internal.http;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Answers every unknown path under {@code /api/v1} with a 404 in the API's error shape. */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-not-found")
@HttpWhiteboardServletPattern("/api/v1/*")
public final class ApiNotFoundServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected Object get(HttpServletRequest request) {
        throw notFound(request);
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject body) {
        throw notFound(request);
    }

    private static ApiException notFound(HttpServletRequest request) {
        return ApiException.notFound("没有该接口：" + request.getRequestURI(), "no such endpoint: " + request.getRequestURI());
    }
}
