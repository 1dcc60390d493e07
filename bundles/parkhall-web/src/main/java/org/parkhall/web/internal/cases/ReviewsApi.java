package org.parkhall.web.internal.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseReviews;
import org.parkhall.api.Cases;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.ReviewStep;
import org.parkhall.api.SiteScope;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.SpecialProcedure;
import org.parkhall.web.internal.access.Staff;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * A case's review: its progress, a step {@code {step, note, user, department, agreed, days, procedure}}, the cases
 * awaiting a department's countersignature, and supervision (督办). Who takes a step: the lead (or a hall admin)
 * releases, reassigns, signs off and extends; a countersigning department's approver countersigns; the department's
 * approvers take the rest. An approver of a countersigning department sees the case it is asked about.
 */
@Component(service = ReviewsApi.class)
public final class ReviewsApi {
    private final Cases cases;
    private final CaseReviews reviews;

    @Activate
    public ReviewsApi(@Reference Cases cases, @Reference CaseReviews reviews) {
        this.cases = cases;
        this.reviews = reviews;
    }

    public Object progress(Call call) {
        return reviews.progress(visibleCase(call, cases, reviews).number());
    }

    public Object step(Call call) {
        Body body = call.body();
        ReviewStep step = body.choice("step", ReviewStep.class);
        CaseFile file = visibleCase(call, cases, reviews);
        Staff staff = call.viewer();
        String number = file.number();
        String actor = call.actor();
        String department = step == ReviewStep.COUNTERSIGN ? body.text("department").strip() : file.department();
        boolean allowed = switch (step) {
            case RELEASE, REASSIGN, SIGN_OFF, EXTEND -> staff.leadsFor(department);
            default -> staff.decidesFor(department);
        };
        if (!allowed) {
            throw new ApiException(ErrorCode.FORBIDDEN, Bilingual.of("您的角色不能对该办件执行“" + step.label().zh() + "”",
                    "your role may not " + step.label().en() + " this case"));
        }
        return switch (step) {
            case CLAIM -> reviews.claim(number, actor);
            case RELEASE -> reviews.release(number, actor);
            case REASSIGN -> reviews.reassign(number, body.text("user"), actor);
            case TRANSFER -> reviews.transfer(number, body.text("user"), actor, body.text("note"));
            case RETURN -> reviews.returnToWindow(number, actor, body.text("note"));
            case COUNTERSIGN_REQUEST -> reviews.requestCountersign(number, actor, body.text("note"));
            case COUNTERSIGN -> reviews.countersign(number, department, actor, body.flag("agreed"),
                    body.text("note"));
            case SIGN_OFF -> reviews.signOff(number, actor, body.text("note"));
            case EXTEND -> reviews.extend(number, body.integer("days"), actor, body.text("note"));
            case SPECIAL_START -> reviews.startSpecialProcedure(number, body.text("procedure").isBlank() ? null
                    : body.choice("procedure", SpecialProcedure.class), body.integer("days"), actor,
                    body.text("note"));
            case SPECIAL_END -> reviews.endSpecialProcedure(number, actor, body.text("note"));
        };
    }

    /** The cases awaiting the countersignature of {@code ?department=} (or of every department the viewer approves for). */
    public Object awaitingCountersign(Call call) {
        Staff staff = call.viewer();
        String asked = call.query("department") == null ? "" : call.query("department").strip();
        List<ReviewProgress> awaiting = reviews.awaitingCountersign(asked).stream()
                .filter(progress -> progress.countersigns().stream().anyMatch(sign -> !sign.answered()
                        && (asked.isEmpty() || sign.department().equals(asked)) && staff.decidesFor(sign.department())))
                .toList();
        return Map.of("cases", awaiting);
    }

    /** Supervised cases of the departments the viewer decides for; all of them for a hall admin. */
    public Object supervision(Call call) {
        Staff staff = call.viewer();
        return Map.of("cases", reviews.supervision().stream().filter(raised -> staff.decidesFor(raised.department()))
                .toList());
    }

    /**
     * The case, if this staff member may see it: as the cases API decides, as an approver of a department asked to
     * countersign it, or as a site admin of a site that took, holds or hands out the case. Another department's case
     * is "not found"; another site's is refused to a site admin (its number names its site anyway).
     */
    static CaseFile visibleCase(Call call, Cases cases, CaseReviews reviews) {
        String number = call.parameter("number");
        Staff staff = call.viewer();
        CaseFile file = cases.find(number).orElseThrow(() -> notFound(number));
        if (staff.sees(file.department()) || reviews.progress(number).countersigns().stream()
                .anyMatch(sign -> staff.departments().contains(sign.department()))) {
            return file;
        }
        Optional<SiteScope> sites = staff.siteScope();
        if (sites.isEmpty()) {
            throw notFound(number);
        }
        if (cases.search(new CaseQuery(number, "", "", null, 1), sites.get()).isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN, Bilingual.of("该办件不属于您管理的站点（" + String.join("、",
                    sites.get().sites()) + "）：" + number, "case " + number + " is not at your sites ("
                    + String.join(", ", sites.get().sites()) + ")"));
        }
        return file;
    }

    private static HallException notFound(String number) {
        return HallException.notFound("没有该办件：" + number, "no such case: " + number);
    }
}
