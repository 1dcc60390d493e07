package org.parkhall.core.internal.floor;

import java.time.Duration;
import java.util.List;

/**
 * Estimated wait in minutes: the people ahead times the mean of recent service times, shared among the open
 * counters that serve the queue. With no recent service yet, {@code fallback} stands in for the mean. Anyone ahead
 * means at least a minute: "about 0 minutes" with people ahead reads as a fault.
 */
final class WaitEstimate {
    private WaitEstimate() {
    }

    static int minutes(int peopleAhead, List<Duration> recentServiceTimes, int openCounters, Duration fallback) {
        if (peopleAhead <= 0) {
            return 0;
        }
        double meanSeconds = recentServiceTimes.isEmpty() ? fallback.toSeconds()
                : recentServiceTimes.stream().mapToLong(Duration::toSeconds).average().orElse(0);
        double seconds = peopleAhead * meanSeconds / Math.max(1, openCounters);
        return Math.max(1, (int) Math.ceil(seconds / 60));
    }
}
