package org.parkhall.web.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;

import org.junit.Test;
import org.parkhall.api.ErrorCode;

public class ErrorStatusTest {
    @Test
    public void everyCodeIsAnErrorStatus() {
        for (ErrorCode code : ErrorCode.values()) {
            int status = ErrorStatus.of(code);
            assertTrue(code + " " + status, status >= 400 && status <= 599);
        }
    }

    /** What a department's handler does wrong is the hall's upstream failing (5xx), never the applicant's (4xx). */
    @Test
    public void aHandlerThatFailsOrHangsIsAServerSideAnswer() {
        assertEquals(502, ErrorStatus.of(ErrorCode.HANDLER_FAILED));
        assertEquals(504, ErrorStatus.of(ErrorCode.HANDLER_TIMEOUT));
    }

    /** A refusal the state of things decides (not the request's form) is a conflict, as the released API answers. */
    @Test
    public void businessRefusalsAreConflicts() {
        for (ErrorCode code : EnumSet.of(ErrorCode.ILLEGAL_ACTION, ErrorCode.ITEM_UNAVAILABLE, ErrorCode.JOINT_CHILD,
                ErrorCode.CONFLICT)) {
            assertEquals(code.toString(), 409, ErrorStatus.of(code));
        }
    }
}
