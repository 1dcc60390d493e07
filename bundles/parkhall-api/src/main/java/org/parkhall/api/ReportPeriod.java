package org.parkhall.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parkhall.spi.InvalidInputException;

/**
 * A report's period (报表期): a month {@code 2026-11} or a quarter {@code 2026-Q4}, from its first to its last day
 * (both included, hall days).
 *
 * @since 3.3
 */
public record ReportPeriod(String code, LocalDate first, LocalDate last) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** Only the days {@code code} names: a period is its code, never loose dates. */
    public ReportPeriod {
        YearMonth[] months = months(code);
        if (!months[0].atDay(1).equals(first) || !months[1].atEndOfMonth().equals(last)) {
            throw new IllegalArgumentException(code + " runs from " + months[0].atDay(1) + " to "
                    + months[1].atEndOfMonth());
        }
    }

    /** The period {@code code} names (case and surrounding blanks aside), or refused (400) in both languages. */
    public static ReportPeriod of(String code) {
        String text = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        YearMonth[] months = months(text);
        return new ReportPeriod(text, months[0].atDay(1), months[1].atEndOfMonth());
    }

    /** Whether this is a quarter (季度), not a month. */
    public boolean quarter() {
        return QUARTER.matcher(code).matches();
    }

    /** The first and last month of the period {@code code} names. */
    private static YearMonth[] months(String code) {
        Matcher month = MONTH.matcher(code == null ? "" : code);
        if (month.matches()) {
            YearMonth named = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new YearMonth[] {named, named};
        }
        Matcher quarter = QUARTER.matcher(code == null ? "" : code);
        if (quarter.matches()) {
            YearMonth from = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
            return new YearMonth[] {from, from.plusMonths(2)};
        }
        throw new InvalidInputException("period", "报表期须为月份 YYYY-MM（如 2026-11）或季度 YYYY-Qn（如 2026-Q4）",
                "the period must be a month YYYY-MM (e.g. 2026-11) or a quarter YYYY-Qn (e.g. 2026-Q4)");
    }
}
