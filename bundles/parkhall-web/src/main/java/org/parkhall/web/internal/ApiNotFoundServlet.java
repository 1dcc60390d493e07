package org.parkhall.web.internal;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.parkhall.api.Hall;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Answers every unknown path under {@code /api/v1} with a 404 in the API's error shape. While the core is away (its
 * database never answered, or names a driver that is not installed) the hall's own routes are missing too: then
 * every path is 503 {@code unavailable}, not a 404 that reads as "no such thing". The core's store logs why.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-not-found")
@HttpWhiteboardServletPattern("/api/v1/*")
public final class ApiNotFoundServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Hall hall;

    @Override
    protected Object get(HttpServletRequest request) {
        throw notFound(request);
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject body) {
        throw notFound(request);
    }

    private ApiException notFound(HttpServletRequest request) {
        if (hall == null) {
            return new ApiException(503, "unavailable", DATABASE_UNAVAILABLE);
        }
        return ApiException.notFound("没有该接口：" + request.getRequestURI(), "no such endpoint: " + request.getRequestURI());
    }
}
