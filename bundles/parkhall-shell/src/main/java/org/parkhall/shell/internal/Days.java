package org.parkhall.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day typed at the shell. */
final class Days {
    private Days() {
    }

    /** The day written YYYY-MM-DD, or null (today in the hall) when none was typed. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期格式应为 YYYY-MM-DD / the day is written YYYY-MM-DD: " + text);
        }
    }
}
