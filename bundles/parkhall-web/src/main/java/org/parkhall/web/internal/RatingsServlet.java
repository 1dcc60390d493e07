package org.parkhall.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Evaluation;
import org.parkhall.api.Floor;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.RatingPads;
import org.parkhall.api.Ratings;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;

/**
 * 好差评: {@code POST /api/v1/ratings} {@code {ticket, token | case, queryCode, overall, efficiency, competence,
 * attitude, comment}}; {@code GET /api/v1/rate/{counter}} for the rating pad;
 * {@code GET /api/v1/rectifications?open=true}; {@code POST /api/v1/rectifications/{id}/follow-up} {@code {note}}.
 * A visit is rated from the rating pad of its counter (the pad's cookie, {@link PadCookie}) with the visit's
 * one-time token, a case by whoever proves it is theirs; never by someone signed in as staff.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-ratings")
@HttpWhiteboardServletPattern({"/api/v1/ratings", "/api/v1/rate/*", "/api/v1/rectifications",
        "/api/v1/rectifications/*"})
public final class RatingsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Ratings ratings;
    private final transient RatingPads pads;
    private final transient Floor floor;
    private final transient ApplicantProofs proofs;
    private final transient StaffSessions sessions;

    @Activate
    public RatingsServlet(@Reference Ratings ratings, @Reference RatingPads pads, @Reference Floor floor,
            @Reference ApplicantProofs proofs, @Reference StaffSessions sessions) {
        this.ratings = ratings;
        this.pads = pads;
        this.floor = floor;
        this.proofs = proofs;
        this.sessions = sessions;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        if (request.getServletPath().equals("/api/v1/rate")) {
            return ratingPad(request, path(request).length == 1 ? path(request)[0] : "");
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
            return rate(request, body);
        }
        String info = request.getPathInfo();
        if (request.getServletPath().equals("/api/v1/rectifications") && info != null
                && info.matches("/\\d{1,18}/follow-up")) {
            return ratings.followUp(Long.parseLong(info.substring(1, info.indexOf('/', 1))), body.text("note"),
                    actor(request));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }

    private Object rate(HttpServletRequest request, Body body) {
        // Public calls carry no staff attribute, so the session is asked itself: a rating is the visitor's own.
        if (sessions.current(request).isPresent()) {
            throw new ApiException(ErrorCode.FORBIDDEN, Bilingual.of("工作人员不能评价，评价须由办事群众本人作出",
                    "staff cannot rate; a rating is the visitor's own"));
        }
        String ticket = body.text("ticket");
        String caseNumber = body.text("case");
        if (ticket.isBlank() == caseNumber.isBlank()) {
            throw new InvalidInputException("subject", "请评价一次服务（排队号）或一个办件，二者选一",
                    "rate either one visit (ticket) or one case");
        }
        if (!caseNumber.isBlank()) {
            CaseFile file = proofs.caseOf(request, caseNumber, body.text("queryCode"));
            return ratings.rateCase(file.number(), evaluation(body));
        }
        int counter = padCounter(request).orElseThrow(() -> new ApiException(ErrorCode.PAD_NOT_PAIRED, Bilingual.of(
                "请在为您办理的窗口的评价器上评价", "a visit is rated on the rating pad of the counter that served it")));
        return ratings.rateVisit(counter, ticket, body.text("token"), evaluation(body));
    }

    private static Evaluation evaluation(Body body) {
        return new Evaluation(body.choice("overall", RatingLevel.class), body.choice("efficiency", RatingLevel.class),
                body.choice("competence", RatingLevel.class), body.choice("attitude", RatingLevel.class),
                body.text("comment"));
    }

    /**
     * What the rating pad at a counter shows: the counter's public name, whether it is open, whether this device is
     * its paired pad, and only then the visit awaiting a rating with its token. Never who serves there.
     */
    private Map<String, Object> ratingPad(HttpServletRequest request, String counter) {
        CounterInfo info = floor.counters().stream().filter(candidate -> String.valueOf(candidate.number())
                .equals(counter)).findFirst().orElseThrow(() -> ApiException.notFound("没有该窗口：" + counter,
                        "no counter " + counter));
        boolean paired = padCounter(request).equals(OptionalInt.of(info.number()));
        Map<String, Object> pad = new LinkedHashMap<>();
        pad.put("counter", info.number());
        pad.put("name", info.name());
        pad.put("open", info.open());
        pad.put("paired", paired);
        if (paired) {
            ratings.awaitingRating(info.number()).ifPresent(invitation -> {
                pad.put("ticket", invitation.ticket());
                pad.put("token", invitation.token());
                pad.put("expiresAt", invitation.expiresAt());
            });
        }
        return pad;
    }

    private OptionalInt padCounter(HttpServletRequest request) {
        return PadCookie.secret(request).map(pads::counterOf).orElse(OptionalInt.empty());
    }
}
