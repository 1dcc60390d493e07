package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseState;
import org.parkhall.api.HallException;

public class CaseLifecycleTest {

    @Test
    public void theOrdinaryPathRunsFromAcceptanceToClosing() {
        CaseState state = CaseState.ACCEPTED;
        for (CaseAction action : new CaseAction[] {CaseAction.DISPATCH, CaseAction.APPROVE, CaseAction.DELIVER,
                CaseAction.CLOSE}) {
            state = CaseLifecycle.next(state, action);
        }
        assertEquals(CaseState.CLOSED, state);
    }

    @Test
    public void suspensionReturnsToReviewAndDenialIsDeliveredToo() {
        assertEquals(CaseState.SUSPENDED, CaseLifecycle.next(CaseState.IN_REVIEW, CaseAction.SUSPEND));
        assertEquals(CaseState.IN_REVIEW, CaseLifecycle.next(CaseState.SUSPENDED, CaseAction.RESUME));
        assertEquals(CaseState.DELIVERED, CaseLifecycle.next(CaseState.DENIED, CaseAction.DELIVER));
        assertEquals(CaseState.CLOSED, CaseLifecycle.next(CaseState.FORWARDED, CaseAction.CLOSE));
    }

    @Test
    public void illegalMovesAreRefusedSayingWhy() {
        HallException e = assertThrows(HallException.class,
                () -> CaseLifecycle.next(CaseState.ACCEPTED, CaseAction.APPROVE));
        assertEquals("illegal_action", e.code());
        assertTrue(e.text().zh(), e.text().zh().contains("已受理"));
        assertThrows(HallException.class, () -> CaseLifecycle.next(CaseState.CLOSED, CaseAction.WITHDRAW));
        assertThrows(HallException.class, () -> CaseLifecycle.next(CaseState.APPROVED, CaseAction.WITHDRAW));
        assertThrows(HallException.class, () -> CaseLifecycle.next(CaseState.SUSPENDED, CaseAction.APPROVE));
    }

    @Test
    public void finishedStatesAllowNothing() {
        for (CaseState state : CaseState.values()) {
            if (!state.finished()) {
                continue;
            }
            for (CaseAction action : CaseAction.values()) {
                assertThrows(state + " " + action, HallException.class, () -> CaseLifecycle.next(state, action));
            }
        }
    }

    @Test
    public void jointCasesAreDeliveredWholeAndDecidedPerChild() {
        CaseLifecycle.checkJointRole(true, false, CaseAction.DELIVER);
        CaseLifecycle.checkJointRole(false, true, CaseAction.APPROVE);
        assertThrows(HallException.class, () -> CaseLifecycle.checkJointRole(true, false, CaseAction.APPROVE));
        assertThrows(HallException.class, () -> CaseLifecycle.checkJointRole(false, true, CaseAction.CLOSE));
    }
}
