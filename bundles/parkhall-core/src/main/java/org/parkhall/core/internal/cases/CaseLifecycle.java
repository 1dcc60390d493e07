package org.parkhall.core.internal.cases;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseState;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.spi.Bilingual;

/**
 * The case lifecycle: which action each state allows and where it leads. The review steps (return to the window, a
 * special procedure) move a case too: {@link ReviewRules} says when. A joint case's parent (一件事) takes only the
 * actions that concern the whole (deliver, close, withdraw); its children are dispatched and decided one by one.
 */
final class CaseLifecycle {
    private static final Map<CaseState, Map<CaseAction, CaseState>> MOVES = Map.ofEntries(
            entry(CaseState.SUPPLEMENT_REQUIRED, Map.of(CaseAction.WITHDRAW, CaseState.WITHDRAWN)),
            entry(CaseState.ACCEPTED, Map.of(CaseAction.DISPATCH, CaseState.IN_REVIEW,
                    CaseAction.WITHDRAW, CaseState.WITHDRAWN, CaseAction.FORWARD, CaseState.FORWARDED)),
            entry(CaseState.IN_REVIEW, Map.of(CaseAction.APPROVE, CaseState.APPROVED,
                    CaseAction.DENY, CaseState.DENIED, CaseAction.SUSPEND, CaseState.SUSPENDED,
                    CaseAction.WITHDRAW, CaseState.WITHDRAWN)),
            entry(CaseState.SUSPENDED, Map.of(CaseAction.RESUME, CaseState.IN_REVIEW,
                    CaseAction.WITHDRAW, CaseState.WITHDRAWN)),
            entry(CaseState.RETURNED, Map.of(CaseAction.DISPATCH, CaseState.IN_REVIEW,
                    CaseAction.WITHDRAW, CaseState.WITHDRAWN)),
            entry(CaseState.SPECIAL_PROCEDURE, Map.of(CaseAction.WITHDRAW, CaseState.WITHDRAWN)),
            entry(CaseState.APPROVED, Map.of(CaseAction.DELIVER, CaseState.DELIVERED)),
            entry(CaseState.DENIED, Map.of(CaseAction.DELIVER, CaseState.DELIVERED)),
            entry(CaseState.DELIVERED, Map.of(CaseAction.CLOSE, CaseState.CLOSED)),
            entry(CaseState.FORWARDED, Map.of(CaseAction.CLOSE, CaseState.CLOSED)));

    private static final Set<CaseAction> WHOLE_JOINT_CASE = EnumSet.of(CaseAction.DELIVER,
            CaseAction.CLOSE, CaseAction.WITHDRAW);

    private CaseLifecycle() {
    }

    /** The state {@code action} leads to from {@code from}, or a refusal saying what the state allows. */
    static CaseState next(CaseState from, CaseAction action) {
        CaseState to = MOVES.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(
                    "办件当前状态为“" + from.label().zh() + "”，不能" + action.label().zh(),
                    "a case that is " + from.label().en() + " cannot be given action " + action.name()));
        }
        return to;
    }

    /** Refuses actions that a joint case's parent or child must not take alone. */
    static void checkJointRole(boolean parent, boolean child, CaseAction action) {
        if (parent && !WHOLE_JOINT_CASE.contains(action)) {
            throw new HallException(ErrorCode.JOINT_CHILD, Bilingual.of("一件事办件须对各子办件分别" + action.label().zh(),
                    action.name() + " applies to each child case of a joint application, not to the whole"));
        }
        if (child && WHOLE_JOINT_CASE.contains(action)) {
            throw new HallException(ErrorCode.JOINT_CHILD, Bilingual.of("一件事子办件须随整件一并" + action.label().zh(),
                    action.name() + " applies to the whole joint case, not to one child"));
        }
    }
}
