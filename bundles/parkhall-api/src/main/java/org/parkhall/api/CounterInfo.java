package org.parkhall.api;

import java.time.Instant;
import java.util.List;

/**
 * A counter (窗口) and whom it serves.
 *
 * @param number  the number on the counter, shown on the display
 * @param queues  the queue letters it calls from, in order of preference
 * @param staff   who is signed in, empty when closed
 * @param since   when that staff member signed in, null when closed
 * @param current the ticket called or being served there, if any
 */
public record CounterInfo(int number, String name, List<String> queues, String staff, Instant since,
        Ticket current) {

    public boolean open() {
        return !staff.isEmpty();
    }
}
