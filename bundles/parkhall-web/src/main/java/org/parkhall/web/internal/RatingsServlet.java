package org.parkhall.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.Floor;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Ratings;
import org.parkhall.api.Ticket;

/**
 * 好差评: {@code POST /api/v1/ratings} {@code {ticket | case, overall, efficiency, competence, attitude, comment}}
 * (whoever rates a case proves it is theirs with its {@code queryCode}); {@code GET /api/v1/rate/{counter}} for
 * the rating pad (the counter and the visit awaiting a rating); {@code GET /api/v1/rectifications?open=true};
 * {@code POST /api/v1/rectifications/{id}/follow-up} {@code {note}}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-ratings")
@HttpWhiteboardServletPattern({"/api/v1/ratings", "/api/v1/rate/*", "/api/v1/rectifications",
        "/api/v1/rectifications/*"})
public final class RatingsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Ratings ratings;
    private final transient Floor floor;
    private final transient ApplicantProofs proofs;

    @Activate
    public RatingsServlet(@Reference Ratings ratings, @Reference Floor floor, @Reference ApplicantProofs proofs) {
        this.ratings = ratings;
        this.floor = floor;
        this.proofs = proofs;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        if (request.getServletPath().equals("/api/v1/rate")) {
            return ratingPad(path(request).length == 1 ? path(request)[0] : "");
        }
        if (!request.getServletPath().equals("/api/v1/rectifications") || request.getPathInfo() != null) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        return Map.of("rectifications", ratings.rectifications("true".equals(request.getParameter("open"))));
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        Body body = new Body(json);
        if (request.getServletPath().equals("/api/v1/ratings") && request.getPathInfo() == null) {
            String caseNumber = body.text("case");
            if (!caseNumber.isBlank()) {
                proofs.caseOf(request, caseNumber, body.text("queryCode"));
            }
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

    /** What the rating pad at a counter shows: the counter, who serves there, and the visit awaiting a rating. */
    private Map<String, Object> ratingPad(String counter) {
        CounterInfo info = floor.counters().stream().filter(candidate -> String.valueOf(candidate.number())
                .equals(counter)).findFirst().orElseThrow(() -> ApiException.notFound("没有该窗口：" + counter,
                        "no counter " + counter));
        Map<String, Object> pad = new LinkedHashMap<>();
        pad.put("counter", info.number());
        pad.put("name", info.name());
        pad.put("staff", info.staff());
        pad.put("ticket", ratings.awaitingRating(info.number()).map(Ticket::label).orElse(null));
        return pad;
    }
}
