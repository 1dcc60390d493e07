package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.Test;

public class WaitEstimateTest {
    private static final Duration FALLBACK = Duration.ofMinutes(10);

    @Test
    public void nobodyAheadIsNoWait() {
        assertEquals(0, WaitEstimate.minutes(0, List.of(Duration.ofMinutes(5)), 1, FALLBACK));
    }

    @Test
    public void peopleAheadShareTheOpenCounters() {
        assertEquals(8, WaitEstimate.minutes(4, List.of(Duration.ofMinutes(3), Duration.ofMinutes(5)), 2, FALLBACK));
        assertEquals("no recent service: the queue's default time", 30, WaitEstimate.minutes(3, List.of(), 1, FALLBACK));
    }

    @Test
    public void peopleAheadAreNeverAnEstimateOfZeroMinutes() {
        assertEquals(1, WaitEstimate.minutes(2, List.of(Duration.ZERO, Duration.ofSeconds(1)), 3, FALLBACK));
        assertEquals(1, WaitEstimate.minutes(5, List.of(Duration.ZERO), 1, FALLBACK));
    }
}
