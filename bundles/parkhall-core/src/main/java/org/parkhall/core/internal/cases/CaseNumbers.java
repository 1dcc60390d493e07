package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers (受理编号) like {@code PH202611240001}: the day and its running count. The counter row is updated
 * in the caller's transaction, so a number is never given twice and a rolled-back intake gives its number back.
 */
final class CaseNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    static String next(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE case_counter SET last_number = last_number + 1 WHERE counter_day = ?")) {
            update.setDate(1, Date.valueOf(day));
            if (update.executeUpdate() == 0) {
                // A concurrent first intake of the day makes this insert fail on the key; the transaction retries.
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO case_counter (counter_day, last_number) VALUES (?, 1)")) {
                    insert.setDate(1, Date.valueOf(day));
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT last_number FROM case_counter WHERE counter_day = ?")) {
            query.setDate(1, Date.valueOf(day));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return String.format("PH%s%04d", DAY.format(day), rows.getInt(1));
            }
        }
    }
}
