package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.parkhall.core.internal.store.DayCounters;

/** Case numbers (受理编号) like {@code PH202611240001}: the day and its running count. */
final class CaseNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    static String next(Connection connection, LocalDate day) throws SQLException {
        return String.format("PH%s%04d", DAY.format(day), DayCounters.next(connection, day, "case"));
    }
}
