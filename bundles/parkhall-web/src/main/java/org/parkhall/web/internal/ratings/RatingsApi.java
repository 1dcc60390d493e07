package org.parkhall.web.internal.ratings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.access.StaffSessions;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * 好差评: a rating {@code {ticket, token | case, queryCode, overall, efficiency, competence, attitude, comment}};
 * what a counter's rating pad shows; the rectifications ({@code ?open=true}) and a follow-up {@code {note}}.
 * A visit is rated from the rating pad of its counter (the pad's cookie, {@link PadCookie}) with the visit's
 * one-time token, a case by whoever proves it is theirs; never by someone signed in as staff.
 */
@Component(service = RatingsApi.class)
public final class RatingsApi {
    private final Ratings ratings;
    private final RatingPads pads;
    private final Floor floor;
    private final ApplicantProofs proofs;
    private final StaffSessions sessions;

    @Activate
    public RatingsApi(@Reference Ratings ratings, @Reference RatingPads pads, @Reference Floor floor,
            @Reference ApplicantProofs proofs, @Reference StaffSessions sessions) {
        this.ratings = ratings;
        this.pads = pads;
        this.floor = floor;
        this.proofs = proofs;
        this.sessions = sessions;
    }

    public Object pad(Call call) {
        return ratingPad(call.request(), call.parameter("counter"));
    }

    public Object rectifications(Call call) {
        return Map.of("rectifications", ratings.rectifications("true".equals(call.query("open"))));
    }

    public Object followUp(Call call) {
        return ratings.followUp(Long.parseLong(call.parameter("id")), call.body().text("note"), call.actor());
    }

    public Object rate(Call call) {
        HttpServletRequest request = call.request();
        Body body = call.body();
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
