package org.parkhall.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A counter (窗口) and whom it serves.
 *
 * @param number  the number on the counter, shown on the display
 * @param queues  the queue letters it calls from, in order of preference
 * @param staff   who is signed in, empty when closed
 * @param since   when that staff member signed in, null when closed
 * @param current the ticket called or being served there, if any
 * @param pause   why and since when the open counter is paused, null while it serves
 * @param onHold  its tickets on hold (挂起), waiting to be called back, earliest first
 * @param steps   the steps its clerk can take now (see {@link CounterStep})
 */
public record CounterInfo(int number, String name, List<String> queues, String staff, Instant since,
        Ticket current, CounterPause pause, List<Ticket> onHold, Set<CounterStep> steps) {

    /** A counter as published before pauses, holds and steps (API 3.0). */
    public CounterInfo(int number, String name, List<String> queues, String staff, Instant since, Ticket current) {
        this(number, name, queues, staff, since, current, null, List.of(), Set.of());
    }

    public boolean open() {
        return !staff.isEmpty();
    }

    public boolean paused() {
        return pause != null;
    }
}
