package org.parkhall.core.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/** Timestamps are stored in UTC whatever the JVM's zone, so a move of the server does not shift history. */
public final class Times {
    private Times() {
    }

    /** A fresh UTC calendar (Calendar is mutable, so one is never shared). */
    public static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getTimestamp(column, utc()).toInstant();
    }

    /** The column's instant, or null where the column is NULL (a step not taken yet). */
    public static Instant instantOrNull(ResultSet rows, String column) throws SQLException {
        Timestamp time = rows.getTimestamp(column, utc());
        return time == null ? null : time.toInstant();
    }
}
