package org.parkhall.web.internal.ratings;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.RatingPads;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.http.JsonServlet;

/**
 * Rating pads (评价器): {@code GET /api/v1/rating-pads}, {@code POST /api/v1/rating-pads/{counter}/pairing-code}
 * and {@code …/unpair} for the hall admin; {@code POST /api/v1/rating-pads/{counter}/pair} {@code {code}} from the
 * pad itself, which answers with the pad's secret in its cookie ({@link PadCookie}) and never in the body.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-rating-pads")
@HttpWhiteboardServletPattern({"/api/v1/rating-pads", "/api/v1/rating-pads/*"})
public final class RatingPadsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient RatingPads pads;

    @Activate
    public RatingPadsServlet(@Reference RatingPads pads) {
        this.pads = pads;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        if (request.getPathInfo() != null) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        return Map.of("pads", pads.pads());
    }

    @Override
    protected Object post(HttpServletRequest request, HttpServletResponse response, JsonObject json) {
        String[] path = path(request);
        if (path.length != 2 || !path[0].matches("\\d{1,2}")) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        int counter = Integer.parseInt(path[0]);
        return switch (path[1]) {
            case "pairing-code" -> pads.pairingCode(counter, actor(request));
            case "unpair" -> pads.unpair(counter, actor(request));
            case "pair" -> {
                PadCookie.set(request, response, pads.pair(counter, new Body(json).text("code")));
                yield Map.of("counter", counter, "paired", true);
            }
            default -> throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        };
    }
}
