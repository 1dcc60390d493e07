package org.parkhall.web.internal.access;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.Test;

/** The limits the web's configuration sets, as the core's counts receive them, and the outcomes they are told. */
public class CountedTriesTest {
    private final RecordingTryLimits tries = new RecordingTryLimits();

    @Test
    public void wrongPasswordsCountInARowUntilTheLockAndASuccessClearsTheName() {
        FailedSignIns failures = new FailedSignIns(5, Duration.ofMinutes(15), 10000);
        assertTrue(failures.begin(tries, "wang"));
        assertFalse(failures.finished(tries, "wang", false));
        failures.begin(tries, "wang");
        failures.finished(tries, "wang", true);
        String wang = "staff-sign-in(5,0m,15m,10000)=wang";
        assertEquals(List.of("reserve " + wang, "WRONG " + wang, "reserve " + wang, "CLEARED " + wang), tries.calls);

        tries.reserves = false;
        assertFalse("the core's refusal is the lock", failures.begin(tries, "wang"));
        tries.locks = true;
        assertTrue("the core says which failure locked", failures.finished(tries, "wang", false));
    }

    @Test
    public void aProofCountsForItsClientAndItsReferenceInOneWindowAndARightOneIsGivenBack() {
        ProofThrottle throttle = new ProofThrottle(10, 5, Duration.ofMinutes(15), 10000);
        throttle.begin(tries, "10.0.0.1", "PH1");
        throttle.finished(tries, "10.0.0.1", "PH1", false);
        throttle.finished(tries, "10.0.0.1", "PH1", true);
        String both = "proof-client(10,15m,0m,10000)=10.0.0.1 proof-reference(5,15m,0m,10000)=PH1";
        assertEquals(List.of("reserve " + both, "RIGHT " + both, "WRONG " + both), tries.calls);
        assertEquals(Duration.ofMinutes(15), throttle.window());
    }

    @Test
    public void limitsWithoutALockTimeOrWindowAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FailedSignIns(5, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new FailedSignIns(0, Duration.ofMinutes(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new ProofThrottle(10, 5, Duration.ZERO, 10));
    }
}
