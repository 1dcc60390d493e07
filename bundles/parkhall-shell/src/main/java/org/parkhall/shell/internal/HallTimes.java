package org.parkhall.shell.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.parkhall.api.WorkingCalendar;

/** Times as the hall reads them: in the calendar's configured zone (the hall day), not UTC. */
final class HallTimes {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HallTimes() {
    }

    /** The instant in the hall's zone, or "-" for none. */
    static String of(Instant instant, WorkingCalendar calendar) {
        return instant == null ? "-" : SHOWN.format(instant.atZone(calendar.zone()));
    }
}
