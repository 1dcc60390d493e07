package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.parkhall.api.Site;
import org.parkhall.core.internal.store.DayCounters;

/**
 * Case numbers (受理编号): {@code PH}, the site's code, the day and its running count from 0001, e.g.
 * {@code PHPARK202611240001}. The county centre's carry no code ({@code PH202611240001}), as every case did before
 * sites. The count has no ceiling of its own: past 9999 it takes more digits, up to the column's 20 characters.
 */
public final class CaseNumbers {
    /** Every case number there can be, for whatever links to a case (a visit's tickets, searches). */
    public static final Pattern PATTERN = Pattern.compile("(?=.{14,20}$)PH(?:[A-Z]{2,4})?\\d{12,}");
    static final int LONGEST = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    static String next(Connection connection, LocalDate day, Site site) throws SQLException {
        int count = DayCounters.next(connection, day, "case-" + site.code());
        return format(site, day, count);
    }

    static String format(Site site, LocalDate day, int count) {
        String number = "PH" + (site.isCountyCentre() ? "" : site.code()) + DAY.format(day)
                + String.format("%04d", count);
        if (number.length() > LONGEST) {
            throw new IllegalStateException("site " + site.code() + " has taken more cases on " + day
                    + " than its numbers hold: " + count);
        }
        return number;
    }
}
