package org.parkhall.core.internal.ratings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system's clock, moved on by the test: the floor stamps services with the real time, the test jumps ahead. */
final class MovableClock extends Clock {
    private volatile Duration ahead = Duration.ZERO;

    void moveOn(Duration duration) {
        ahead = ahead.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the hall stores UTC");
    }
}
