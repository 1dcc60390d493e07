package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Running numbers that start again each day (case numbers, each queue's tickets). The counter row is updated in
 * the caller's transaction, so a number is never given twice and a rolled-back change gives its number back.
 */
public final class DayCounters {
    private DayCounters() {
    }

    /** The next number for {@code key} on {@code day}, from 1. */
    public static int next(Connection connection, LocalDate day, String key) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE day_counter SET last_number = last_number + 1 WHERE counter_day = ? AND counter_key = ?")) {
            update.setDate(1, Date.valueOf(day));
            update.setString(2, key);
            if (update.executeUpdate() == 0) {
                // A concurrent first number of the day makes this insert fail on the key; the transaction retries.
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO day_counter (counter_day, counter_key, last_number) VALUES (?, ?, 1)")) {
                    insert.setDate(1, Date.valueOf(day));
                    insert.setString(2, key);
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT last_number FROM day_counter WHERE counter_day = ? AND counter_key = ?")) {
            query.setDate(1, Date.valueOf(day));
            query.setString(2, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
