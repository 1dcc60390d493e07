package org.parkhall.core.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test moves it on, so idle times are exact. */
public final class SteppedClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public SteppedClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    /** A clock in {@code zone}, as the hall calendar's clock is in the hall's. */
    public SteppedClock(Instant start, ZoneId zone) {
        this.zone = zone;
        now = start;
    }

    public void moveOn(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the hall reads instants only");
    }
}
