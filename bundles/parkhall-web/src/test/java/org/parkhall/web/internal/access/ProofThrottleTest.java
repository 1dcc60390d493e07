package org.parkhall.web.internal.access;

import static org.junit.Assert.assertEquals;
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
        assertFalse(wrong(throttle, "10.0.0.1", "PH1"));
        assertFalse(wrong(throttle, "10.0.0.2", "PH1"));
        assertTrue("the third wrong code closes it", wrong(throttle, "10.0.0.3", "PH1"));
        assertFalse(allowed(throttle, "10.0.0.9", "PH1"));
        assertTrue("other cases stay open", allowed(throttle, "10.0.0.9", "PH2"));
        now = now.plus(Duration.ofMinutes(15));
        assertTrue(allowed(throttle, "10.0.0.9", "PH1"));
    }

    @Test
    public void aClientIsClosedAfterItsWrongCodesWhateverItAsksFor() {
        ProofThrottle throttle = new ProofThrottle(3, 100, Duration.ofMinutes(15), 100, clock);
        wrong(throttle, "10.0.0.1", "PH1");
        wrong(throttle, "10.0.0.1", "PH2");
        assertTrue(wrong(throttle, "10.0.0.1", "PH3"));
        assertFalse(allowed(throttle, "10.0.0.1", "PH4"));
        assertTrue(allowed(throttle, "10.0.0.2", "PH4"));
    }

    @Test
    public void memoryIsBoundedByForgettingTheOldestWindows() {
        ProofThrottle throttle = new ProofThrottle(1, 1, Duration.ofMinutes(15), 2, clock);
        wrong(throttle, "a", "PH1");
        wrong(throttle, "b", "PH2");
        wrong(throttle, "c", "PH3");
        assertTrue("the oldest was forgotten", allowed(throttle, "a", "PH1"));
        assertFalse(allowed(throttle, "c", "PH3"));
    }

    @Test
    public void guessesSentAllAtOnceGetNoMoreChecksThanTheLimit() {
        ProofThrottle throttle = new ProofThrottle(100, 5, Duration.ofMinutes(15), 100, clock);
        int reserved = 0;
        for (int guess = 0; guess < 50; guess++) {
            reserved += throttle.begin("10.0.0." + guess, "PH1") ? 1 : 0;
        }
        assertEquals("checks under way count as wrong until they end", 5, reserved);
        assertFalse("a right code ends its check without counting", throttle.finished("10.0.0.0", "PH1", false));
        assertTrue(throttle.begin("10.0.0.50", "PH1"));
    }

    /** A wrong proof checked from start to end; whether it reached a limit. */
    private static boolean wrong(ProofThrottle throttle, String client, String reference) {
        assertTrue("a check of " + reference + " was allowed", throttle.begin(client, reference));
        return throttle.finished(client, reference, true);
    }

    /** Whether a proof may be checked now (the reservation is given back at once). */
    private static boolean allowed(ProofThrottle throttle, String client, String reference) {
        return throttle.begin(client, reference) && !throttle.finished(client, reference, false);
    }
}
