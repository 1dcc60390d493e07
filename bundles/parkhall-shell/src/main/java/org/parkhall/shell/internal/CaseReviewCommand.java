package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.CaseReviews;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.ReviewStep;
import org.parkhall.spi.SpecialProcedure;

/**
 * {@code hall:case-review <no> [step] [note]}: a case's review progress, or one review step taken as the operator
 * (an administrator's stand-in, e.g. to release or reassign a claim when the department's lead is away).
 */
@Service
@Command(scope = "hall", name = "case-review", description = "A case's review steps / 办件审查环节")
public final class CaseReviewCommand implements Action {

    @Argument(index = 0, name = "number", description = "办件编号 / case number", required = true)
    @Completion(CaseNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "step", description = "环节 / step: CLAIM, RELEASE, REASSIGN, TRANSFER, RETURN,"
            + " COUNTERSIGN_REQUEST, COUNTERSIGN, SIGN_OFF, EXTEND, SPECIAL_START, SPECIAL_END")
    private ReviewStep step;

    @Argument(index = 2, name = "note", description = "理由、意见或结果 / reasons, opinion or outcome")
    private String note;

    @Option(name = "-u", aliases = "--user", description = "转交或改派给 / the approver to hand it to")
    private String user;

    @Option(name = "-d", aliases = "--department", description = "会签部门 / countersigning department")
    private String department;

    @Option(name = "--disagree", description = "会签不同意 / the countersignature disagrees")
    private boolean disagree;

    @Option(name = "--days", description = "延长或特别程序所需工作日 / working days of an extension or procedure")
    private int days;

    @Option(name = "-p", aliases = "--procedure", description = "特别程序 / special procedure: HEARING, INSPECTION,"
            + " APPRAISAL, EXPERT_REVIEW, PUBLIC_NOTICE")
    private SpecialProcedure procedure;

    @Reference
    private CaseReviews reviews;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> print(step == null ? reviews.progress(number) : switch (step) {
            case CLAIM -> reviews.claim(number, actor);
            case RELEASE -> reviews.release(number, actor);
            case REASSIGN -> reviews.reassign(number, user, actor);
            case TRANSFER -> reviews.transfer(number, user, actor, note);
            case RETURN -> reviews.returnToWindow(number, actor, note);
            case COUNTERSIGN_REQUEST -> reviews.requestCountersign(number, actor, note);
            case COUNTERSIGN -> reviews.countersign(number, department, actor, !disagree, note);
            case SIGN_OFF -> reviews.signOff(number, actor, note);
            case EXTEND -> reviews.extend(number, days, actor, note);
            case SPECIAL_START -> reviews.startSpecialProcedure(number, procedure, days, actor, note);
            case SPECIAL_END -> reviews.endSpecialProcedure(number, actor, note);
        }));
    }

    private static void print(ReviewProgress progress) {
        System.out.println(progress.caseNumber() + " · " + progress.state().label() + " · 认领 / claimed: "
                + (progress.claimedBy().isEmpty() ? "-" : progress.claimedBy()));
        progress.countersigns().forEach(sign -> System.out.println("  会签 / countersign " + sign.department() + ": "
                + (sign.answered() ? (sign.agreed() ? "同意 / agrees" : "不同意 / disagrees") + " — " + sign.opinion()
                : "待会签 / awaited")));
        if (!progress.signedOffBy().isEmpty()) {
            System.out.println("  签发 / signed off: " + progress.signedOffBy() + " — " + progress.signOffOpinion());
        }
        if (progress.extendedDays() > 0) {
            System.out.println("  延长 / extended: " + progress.extendedDays() + " 个工作日 / working days");
        }
        System.out.println("  可办环节 / steps now: " + progress.steps());
    }
}
