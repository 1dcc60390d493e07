package org.parkhall.web.internal;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Ratings;

/**
 * 好差评: {@code POST /api/v1/ratings} {@code {ticket | case, overall, efficiency, competence, attitude, comment}};
 * {@code GET /api/v1/rectifications?open=true}; {@code POST /api/v1/rectifications/{id}/follow-up} {@code {note}}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("parkhall-api-ratings")
@HttpWhiteboardServletPattern({"/api/v1/ratings", "/api/v1/rectifications", "/api/v1/rectifications/*"})
public final class RatingsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Ratings ratings;

    @Activate
    public RatingsServlet(@Reference Ratings ratings) {
        this.ratings = ratings;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        if (!request.getServletPath().equals("/api/v1/rectifications") || request.getPathInfo() != null) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        return Map.of("rectifications", ratings.rectifications("true".equals(request.getParameter("open"))));
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        Body body = new Body(json);
        if (request.getServletPath().equals("/api/v1/ratings") && request.getPathInfo() == null) {
            return ratings.rate(body.text("ticket"), body.text("case"), body.choice("overall", RatingLevel.class),
                    body.choice("efficiency", RatingLevel.class), body.choice("competence", RatingLevel.class),
                    body.choice("attitude", RatingLevel.class), body.text("comment"));
        }
        String info = request.getPathInfo();
        if (request.getServletPath().equals("/api/v1/rectifications") && info != null
                && info.matches("/\\d{1,18}/follow-up")) {
            return ratings.followUp(Long.parseLong(info.substring(1, info.indexOf('/', 1))), body.text("note"),
                    actor(request));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }
}
