package org.parkhall.web.internal.ratings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.AppealGround;
import org.parkhall.api.BadRatings;
import org.parkhall.api.CallbackResult;
import org.parkhall.api.RatingAppeal;
import org.parkhall.api.RatingIndicators;
import org.parkhall.api.Rectification;
import org.parkhall.api.RectificationKind;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.access.Staff;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * The bad ratings of a department (差评整改): its rectifications ({@code ?open=true}, {@code ?overdue=true}) with the
 * indicator sets their ratings answered, its answer {@code {kind, measures, doneBy}}, the call back {@code {result,
 * note}}, the appeal {@code {ground, statement}}, and the hall admin's decision on an appeal {@code {decision:
 * UPHELD | REJECTED, note}}. A department's
 * staff (role {@code approver:<department>}) see and answer their department's alone; the branch's own ({@code hall})
 * are the hall admin's. Another department's rectification is not found, so its existence is not told.
 */
@Component(service = RectificationsApi.class)
public final class RectificationsApi {
    private final BadRatings badRatings;

    @Activate
    public RectificationsApi(@Reference BadRatings badRatings) {
        this.badRatings = badRatings;
    }

    public Object rectifications(Call call) {
        Staff staff = call.viewer();
        Set<String> departments = staff.isAdmin() ? Set.of() : staff.departments();
        List<Rectification> found = badRatings.rectifications(departments, "true".equals(call.query("open")),
                "true".equals(call.query("overdue")));
        // The questions each rating answered, by indicator set, so a list names them as they were asked.
        Map<String, RatingIndicators> sets = new TreeMap<>();
        found.forEach(rectification -> RatingIndicators.of(rectification.rating().indicatorSet())
                .ifPresent(set -> sets.put(set.version(), set)));
        return Map.of("rectifications", found, "indicatorSets", sets);
    }

    public Object record(Call call) {
        Body body = call.body();
        long id = answerable(call).id();
        String doneBy = body.text("doneBy");
        return badRatings.record(id, body.choice("kind", RectificationKind.class),
                body.text("measures"), doneBy.isBlank() ? null : body.day("doneBy"), call.actor());
    }

    public Object followUp(Call call) {
        Body body = call.body();
        long id = answerable(call).id();
        return badRatings.callBack(id, body.choice("result", CallbackResult.class), body.text("note"), call.actor());
    }

    /** The department, or the staff member the rating names, appeals it. */
    public Object appeal(Call call) {
        Staff staff = call.viewer();
        Rectification rectification = badRatings.rectification(id(call)).filter(found -> staff.decidesFor(
                found.department()) || found.rating().staff().equals(staff.user())).orElseThrow(RectificationsApi::missing);
        Body body = call.body();
        return badRatings.appeal(rectification.id(), body.choice("ground", AppealGround.class),
                body.text("statement"), call.actor());
    }

    public Object appeals(Call call) {
        List<RatingAppeal> appeals = badRatings.appeals("true".equals(call.query("pending")));
        return Map.of("appeals", appeals);
    }

    public Object decide(Call call) {
        Body body = call.body();
        boolean upheld = switch (body.text("decision").strip().toUpperCase()) {
            case "UPHELD" -> true;
            case "REJECTED" -> false;
            default -> throw new InvalidInputException("decision", "请裁定：UPHELD（申诉成立）或 REJECTED（驳回）",
                    "decide UPHELD or REJECTED");
        };
        return badRatings.decide(Long.parseLong(call.parameter("id")), upheld, body.text("note"), call.actor());
    }

    /** The rectification of the path, if the caller answers for its department. */
    private Rectification answerable(Call call) {
        Staff staff = call.viewer();
        return badRatings.rectification(id(call)).filter(found -> staff.decidesFor(found.department()))
                .orElseThrow(RectificationsApi::missing);
    }

    private static long id(Call call) {
        return Long.parseLong(call.parameter("id"));
    }

    private static ApiException missing() {
        return ApiException.notFound("没有该整改单，或不属于您的部门", "no such rectification for your department");
    }
}
