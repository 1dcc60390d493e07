package org.parkhall.web.internal.ratings;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.BadRatingReason;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Evaluation;
import org.parkhall.api.Floor;
import org.parkhall.api.Rating;
import org.parkhall.api.RatingIndicators;
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
 * 好差评: a rating {@code {ticket, token | case, queryCode, overall, efficiency, competence, attitude, reasons,
 * comment, indicatorSet}}; what a counter's rating pad shows (with the questions of the current indicator set and
 * the reasons a bad rating offers).
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
        answeredUnder(body.text("indicatorSet"));
        if (!caseNumber.isBlank()) {
            CaseFile file = proofs.caseOf(request, caseNumber, body.text("queryCode"));
            return publicView(ratings.rateCase(file.number(), evaluation(body)));
        }
        int counter = padCounter(request).orElseThrow(() -> new ApiException(ErrorCode.PAD_NOT_PAIRED, Bilingual.of(
                "请在为您办理的窗口的评价器上评价", "a visit is rated on the rating pad of the counter that served it")));
        return publicView(ratings.rateVisit(counter, ticket, body.text("token"), evaluation(body)));
    }

    /**
     * A rating sent under the questions of another indicator set than the current one (a page loaded before the set
     * changed) would be stored under the wrong meaning; one that names none answers the current set.
     */
    private static void answeredUnder(String version) {
        String current = RatingIndicators.current().version();
        if (!version.isBlank() && !version.equals(current)) {
            throw new ApiException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("评价指标已更新，请刷新页面后重新评价",
                    "the rating questions have changed; reload the page and rate again"));
        }
    }

    private static Evaluation evaluation(Body body) {
        Set<BadRatingReason> reasons = EnumSet.noneOf(BadRatingReason.class);
        body.texts("reasons").forEach(reason -> reasons.add(body.choice("reasons", BadRatingReason.class, reason)));
        return new Evaluation(body.choice("overall", RatingLevel.class), body.choice("efficiency", RatingLevel.class),
                body.choice("competence", RatingLevel.class), body.choice("attitude", RatingLevel.class), reasons,
                body.text("comment"));
    }

    /** What the person who rated is told back: their rating, never who served them. */
    private static Map<String, Object> publicView(Rating rating) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rating.id());
        view.put("subject", rating.subject());
        view.put("department", rating.department());
        view.put("overall", rating.overall());
        view.put("efficiency", rating.efficiency());
        view.put("competence", rating.competence());
        view.put("attitude", rating.attitude());
        view.put("reasons", rating.reasons());
        view.put("comment", rating.comment());
        view.put("indicatorSet", rating.indicatorSet());
        view.put("channel", rating.channel());
        view.put("ratedAt", rating.ratedAt());
        return view;
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
        pad.put("indicators", RatingIndicators.current());
        pad.put("reasons", List.of(BadRatingReason.values()));
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
