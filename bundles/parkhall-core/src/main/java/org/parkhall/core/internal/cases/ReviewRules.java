package org.parkhall.core.internal.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseState;
import org.parkhall.api.Countersign;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.ReviewStep;
import org.parkhall.spi.Bilingual;

/**
 * Which review step a case allows now, and why not the others: the one rule that both lists a case's steps
 * ({@link ReviewProgress#steps}) and refuses a step taken anyway. A decision waits for the countersignatures and the
 * lead's sign-off the item needs.
 */
final class ReviewRules {
    /** States in which the case is the department's: claimed, released, handed on. */
    private static final Set<CaseState> WITH_THE_DEPARTMENT = EnumSet.of(CaseState.IN_REVIEW, CaseState.SUSPENDED,
            CaseState.SPECIAL_PROCEDURE);

    private ReviewRules() {
    }

    /** The steps {@code progress} allows now (its own {@code steps} are not read). */
    static Set<ReviewStep> steps(ReviewProgress progress) {
        Set<ReviewStep> steps = EnumSet.noneOf(ReviewStep.class);
        for (ReviewStep step : ReviewStep.values()) {
            if (whyNot(step, progress).isEmpty()) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** Refuses {@code step} with {@code illegal_action} (409) saying why, unless the case allows it now. */
    static void require(ReviewStep step, ReviewProgress progress) {
        whyNot(step, progress).ifPresent(reason -> {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(
                    "不能" + step.label().zh() + "：" + reason.zh(), "cannot " + step.label().en() + ": " + reason.en()));
        });
    }

    /** Why the case does not allow {@code step} now; empty when it does. */
    static Optional<Bilingual> whyNot(ReviewStep step, ReviewProgress progress) {
        CaseState state = progress.state();
        boolean claimed = !progress.claimedBy().isEmpty();
        return switch (step) {
            case CLAIM -> firstOf(withTheDepartment(state),
                    claimed ? Bilingual.of("已由" + progress.claimedBy() + "认领", "claimed by " + progress.claimedBy())
                            : null);
            case RELEASE, TRANSFER -> firstOf(withTheDepartment(state),
                    claimed ? null : Bilingual.of("尚无人认领", "nobody has claimed it"));
            case REASSIGN -> withTheDepartment(state);
            case RETURN -> inReview(state);
            case COUNTERSIGN_REQUEST -> firstOf(inReview(state),
                    progress.required().countersigningDepartments().isEmpty()
                            ? Bilingual.of("本事项无需会签", "the item needs no countersigning") : null,
                    progress.countersigns().isEmpty() ? null : Bilingual.of("已发起会签", "countersigning was asked for"));
            case COUNTERSIGN -> firstOf(withTheDepartment(state), awaited(progress).isEmpty()
                    ? Bilingual.of("没有待会签的部门", "no department's countersignature is awaited") : null);
            case SIGN_OFF -> firstOf(inReview(state), !progress.required().secondSignOff()
                            ? Bilingual.of("本事项无需复核签发", "the item needs no second sign-off") : null,
                    progress.signedOffBy().isEmpty() ? null
                            : Bilingual.of("已由" + progress.signedOffBy() + "签发", "signed off by " + progress.signedOffBy()),
                    countersigningLeft(progress).orElse(null));
            case EXTEND -> firstOf(inReview(state), !progress.required().extension().allowed()
                            ? Bilingual.of("本事项依法不能延长办理期限", "the law allows the item no extension") : null,
                    progress.extendedDays() >= progress.required().extension().maxDays()
                            ? Bilingual.of("已延长" + progress.extendedDays() + "个工作日，达到法定上限",
                            "already extended by " + progress.extendedDays() + " working days, the most allowed") : null);
            case SPECIAL_START -> firstOf(inReview(state), progress.required().specialProcedures().isEmpty()
                    ? Bilingual.of("本事项没有依法需要的特别程序", "the item has no special procedure") : null);
            case SPECIAL_END -> state == CaseState.SPECIAL_PROCEDURE ? Optional.empty()
                    : Optional.of(Bilingual.of("没有进行中的特别程序", "no special procedure is running"));
        };
    }

    /**
     * Refuses a decision that would come before the countersignatures or the lead's sign-off the item needs, and an
     * approval that a countersigning department disagrees with.
     */
    static void checkDecision(CaseAction action, ReviewProgress progress) {
        if (action != CaseAction.APPROVE && action != CaseAction.DENY) {
            return;
        }
        Optional<Bilingual> left = countersigningLeft(progress);
        if (left.isEmpty() && action == CaseAction.APPROVE) {
            String disagreeing = progress.countersigns().stream().filter(sign -> !sign.agreed())
                    .map(Countersign::department).collect(Collectors.joining("、"));
            if (!disagreeing.isEmpty()) {
                left = Optional.of(Bilingual.of("会签部门" + disagreeing + "不同意",
                        "countersigning department " + disagreeing + " disagrees"));
            }
        }
        if (left.isEmpty() && progress.required().secondSignOff() && progress.signedOffBy().isEmpty()) {
            left = Optional.of(Bilingual.of("须经部门负责人复核签发", "the department's lead must sign off first"));
        }
        left.ifPresent(reason -> {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("不能" + action.label().zh() + "："
                    + reason.zh(), "cannot " + action.label().en() + ": " + reason.en()));
        });
    }

    /** What countersigning the item needs is still outstanding: never asked for, or awaited from some. */
    private static Optional<Bilingual> countersigningLeft(ReviewProgress progress) {
        List<String> required = progress.required().countersigningDepartments();
        if (required.isEmpty()) {
            return Optional.empty();
        }
        if (progress.countersigns().isEmpty()) {
            return Optional.of(Bilingual.of("须先发起会签（" + String.join("、", required) + "）",
                    "countersigning (" + String.join(", ", required) + ") must be asked for first"));
        }
        List<String> awaited = awaited(progress);
        return awaited.isEmpty() ? Optional.empty() : Optional.of(Bilingual.of("待" + String.join("、", awaited)
                + "会签", "awaiting the countersignature of " + String.join(", ", awaited)));
    }

    private static List<String> awaited(ReviewProgress progress) {
        return progress.countersigns().stream().filter(sign -> !sign.answered()).map(Countersign::department)
                .toList();
    }

    private static Optional<Bilingual> withTheDepartment(CaseState state) {
        return WITH_THE_DEPARTMENT.contains(state) ? Optional.empty() : Optional.of(notIn(state));
    }

    private static Optional<Bilingual> inReview(CaseState state) {
        return state == CaseState.IN_REVIEW ? Optional.empty() : Optional.of(notIn(state));
    }

    private static Bilingual notIn(CaseState state) {
        return Bilingual.of("办件当前状态为“" + state.label().zh() + "”", "the case is " + state.label().en());
    }

    /** The first reason given, from a state check and then further ones (null where that one holds). */
    private static Optional<Bilingual> firstOf(Optional<Bilingual> first, Bilingual... more) {
        if (first.isPresent()) {
            return first;
        }
        for (Bilingual reason : more) {
            if (reason != null) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
