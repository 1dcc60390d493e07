package org.parkhall.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One year's arrangement (放假调休安排): the days given as rest days, the weekend days worked instead, and whether the
 * arrangement is only provisional. Parsed from the text format documented at the top of each calendar/YYYY.txt.
 */
final class CalendarYear {
    /** Arranged holidays last about ten days at most; 15 leaves room and still catches a mistyped end date. */
    private static final int LONGEST_HOLIDAY = 15;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final boolean provisional;

    private CalendarYear(Set<LocalDate> holidays, Set<LocalDate> workdays, boolean provisional) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.provisional = provisional;
    }

    /**
     * Reads one year's file.
     *
     * @param source names the file (or year) in error messages
     * @throws IllegalArgumentException naming {@code source} and the line, on the first malformed line
     */
    static CalendarYear parse(int year, String source, String text) {
        return new Parser(year, source).read(text);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether {@code day}, a day of this year, is worked. */
    boolean isWorkingDay(LocalDate day) {
        return !holidays.contains(day) && (workdays.contains(day) || !isWeekend(day));
    }

    /** Whether {@code day}, a day of this year, is in one of its public holidays (节假日, not a plain weekend). */
    boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    boolean provisional() {
        return provisional;
    }

    /** Reads a file line by line, remembering where each day was listed so that a conflict can name both lines. */
    private static final class Parser {
        private final int year;
        private final String source;
        private final Map<LocalDate, Integer> holidays = new HashMap<>();
        private final Map<LocalDate, Integer> workdays = new HashMap<>();
        private boolean provisional;
        private int lineNumber;

        Parser(int year, String source) {
            this.year = year;
            this.source = source;
        }

        CalendarYear read(String text) {
            for (String line : text.lines().toList()) {
                lineNumber++;
                entry(line.strip());
            }
            return new CalendarYear(holidays.keySet(), workdays.keySet(), provisional);
        }

        private void entry(String line) {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            // Split on any Unicode white space, the same that strip() removes, so that a full-width space typed
            // in a Chinese input method separates words too. The third word is the free-text name.
            String[] words = line.split("\\p{javaWhitespace}+", 3);
            switch (words[0]) {
                case "provisional" -> {
                    if (words.length > 1) {
                        throw error("'provisional' stands alone on its line");
                    }
                    provisional = true;
                }
                case "holiday" -> days(words, holidays, "holiday");
                case "workday" -> days(words, workdays, "workday");
                default -> throw error("unknown keyword '" + words[0] + "' (expected holiday, workday or provisional)");
            }
        }

        private void days(String[] words, Map<LocalDate, Integer> listed, String keyword) {
            if (words.length < 2) {
                throw error(keyword + " needs a date or a range YYYY-MM-DD..YYYY-MM-DD");
            }
            String[] ends = words[1].split("\\.\\.", -1);
            if (ends.length > 2) {
                throw error("'" + words[1] + "' is not a date or a range YYYY-MM-DD..YYYY-MM-DD");
            }
            LocalDate from = date(ends[0]);
            LocalDate to = ends.length == 2 ? date(ends[1]) : from;
            if (to.isBefore(from)) {
                throw error("the range " + words[1] + " ends before it starts");
            }
            long length = ChronoUnit.DAYS.between(from, to) + 1;
            if (keyword.equals("holiday") && length > LONGEST_HOLIDAY) {
                throw error("the holiday " + words[1] + " lasts " + length + " days, more than " + LONGEST_HOLIDAY);
            }
            from.datesUntil(to.plusDays(1)).forEach(day -> add(day, listed, keyword));
        }

        private void add(LocalDate day, Map<LocalDate, Integer> listed, String keyword) {
            if (keyword.equals("workday") && !isWeekend(day)) {
                throw error("the workday " + day + " is a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH) + "; only a Saturday or Sunday can be worked instead of a rest day");
            }
            Integer holidayLine = holidays.get(day);
            Integer workdayLine = workdays.get(day);
            if (holidayLine != null) {
                throw error(day + " is already a holiday on line " + holidayLine);
            }
            if (workdayLine != null) {
                throw error(day + " is already a workday on line " + workdayLine);
            }
            listed.put(day, lineNumber);
        }

        private LocalDate date(String text) {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error("'" + text + "' is not a date YYYY-MM-DD");
            }
            if (date.getYear() != year) {
                throw error(date + " is not in " + year);
            }
            return date;
        }

        private IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(source + " line " + lineNumber + ": " + reason);
        }
    }
}
