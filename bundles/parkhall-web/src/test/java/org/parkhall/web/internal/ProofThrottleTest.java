package org.parkhall.web.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.Test;

public class ProofThrottleTest {
    private Instant now = Instant.parse("2026-12-01T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    public void aReferenceIsClosedAfterItsWrongCodesWhoeverSendsThemUntilTheWindowEnds() {
        ProofThrottle throttle = new ProofThrottle(100, 3, Duration.ofMinutes(15), 100, clock);
        assertFalse(throttle.failed("10.0.0.1", "PH1"));
        assertFalse(throttle.failed("10.0.0.2", "PH1"));
        assertTrue("the third wrong code closes it", throttle.failed("10.0.0.3", "PH1"));
        assertFalse(throttle.allows("10.0.0.9", "PH1"));
        assertTrue("other cases stay open", throttle.allows("10.0.0.9", "PH2"));
        now = now.plus(Duration.ofMinutes(15));
        assertTrue(throttle.allows("10.0.0.9", "PH1"));
    }

    @Test
    public void aClientIsClosedAfterItsWrongCodesWhateverItAsksFor() {
        ProofThrottle throttle = new ProofThrottle(3, 100, Duration.ofMinutes(15), 100, clock);
        throttle.failed("10.0.0.1", "PH1");
        throttle.failed("10.0.0.1", "PH2");
        assertTrue(throttle.failed("10.0.0.1", "PH3"));
        assertFalse(throttle.allows("10.0.0.1", "PH4"));
        assertTrue(throttle.allows("10.0.0.2", "PH4"));
    }

    @Test
    public void memoryIsBoundedByForgettingTheOldestWindows() {
        ProofThrottle throttle = new ProofThrottle(1, 1, Duration.ofMinutes(15), 2, clock);
        throttle.failed("a", "PH1");
        throttle.failed("b", "PH2");
        throttle.failed("c", "PH3");
        assertTrue("the oldest was forgotten", throttle.allows("a", "PH1"));
        assertFalse(throttle.allows("c", "PH3"));
    }
}
