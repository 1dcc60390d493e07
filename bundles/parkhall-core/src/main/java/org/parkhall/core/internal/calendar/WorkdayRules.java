package org.parkhall.core.internal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The working-day calendar for time-limited completion (限时办结): which days the hall works, given the State
 * Council's yearly holiday arrangement, and the due date of a limit counted in working days. Saturdays and Sundays
 * are rest days unless a year's arrangement lists them as swapped workdays (调休上班); listed holidays are rest days.
 * For a year without an arrangement only weekends are rest days, see {@link #covers(int)}.
 */
public final class WorkdayRules {
    /** The years an arrangement may be given for, and the hall counts days in. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.txt");
    /** Editors on Windows often save UTF-8 with a byte order mark; it is not part of the first line. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<Integer, CalendarYear> byYear;
    private final SortedSet<Integer> years;
    private final SortedSet<Integer> provisionalYears;

    private WorkdayRules(Map<Integer, CalendarYear> byYear) {
        this.byYear = Map.copyOf(byYear);
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
        TreeSet<Integer> provisional = new TreeSet<>();
        byYear.forEach((year, arrangement) -> {
            if (arrangement.provisional()) {
                provisional.add(year);
            }
        });
        this.provisionalYears = Collections.unmodifiableSortedSet(provisional);
    }

    /**
     * Loads every year file {@code calendar/YYYY.txt} found for the years 2000 to 2100 through {@code resources},
     * then every {@code YYYY.txt} in {@code overrideDir}, each replacing the bundled file of its year.
     *
     * @param overrideDir a folder of arrangements; may be null or missing, in which case only the bundled years load
     * @throws IllegalArgumentException naming the file and line, on any malformed line or a file that is not UTF-8
     * @throws UncheckedIOException when a file or the folder cannot be read
     */
    public static WorkdayRules load(ClassLoader resources, Path overrideDir) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String name = "calendar/" + year + ".txt";
            URL url = resources.getResource(name);
            if (url != null) {
                byYear.put(year, CalendarYear.parse(year, name, decode(name, read(name, url))));
            }
        }
        if (overrideDir != null && Files.exists(overrideDir)) {
            try (Stream<Path> files = Files.list(overrideDir)) {
                for (Path file : files.sorted().toList()) {
                    Matcher name = YEAR_FILE.matcher(file.getFileName().toString());
                    if (name.matches() && Files.isRegularFile(file)) {
                        int year = Integer.parseInt(name.group(1));
                        String source = file.toString();
                        byYear.put(year, CalendarYear.parse(year, source, decode(source, Files.readAllBytes(file))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the calendar folder " + overrideDir, e);
            }
        }
        return new WorkdayRules(byYear);
    }

    /**
     * Builds a calendar from the text of each year's file, as {@link #load} would read it.
     *
     * @param filesByYear the content of each year's file, by year
     * @throws IllegalArgumentException naming the year and line, on any malformed line
     */
    public static WorkdayRules parse(Map<Integer, String> filesByYear) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        filesByYear.forEach((year, text) -> byYear.put(year, CalendarYear.parse(year, "year " + year, text)));
        return new WorkdayRules(byYear);
    }

    private static byte[] read(String name, URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** Decodes strictly: a file saved as GBK would otherwise turn its names to garbage without a word. */
    private static String decode(String source, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ": not UTF-8; save the file as UTF-8", e);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Whether the hall works on {@code day}. */
    public boolean isWorkingDay(LocalDate day) {
        CalendarYear arrangement = byYear.get(day.getYear());
        return arrangement == null ? !CalendarYear.isWeekend(day) : arrangement.isWorkingDay(day);
    }

    /** Whether {@code day} is a public holiday (节假日); a year without an arrangement has none. */
    public boolean isHoliday(LocalDate day) {
        CalendarYear arrangement = byYear.get(day.getYear());
        return arrangement != null && arrangement.isHoliday(day);
    }

    /**
     * The due date of a limit: the day that is {@code days} working days after {@code start}, which itself does not
     * count. For {@code days} of zero this is {@code start}; otherwise it is always a working day.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = Objects.requireNonNull(start, "start");
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after
     * {@code from}. For any start and {@code n >= 0}, {@code workingDaysBetween(start, addWorkingDays(start, n))}
     * is {@code n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The years with a loaded arrangement, in order. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** The loaded years whose arrangement is marked provisional and awaits the official notice. */
    public SortedSet<Integer> provisionalYears() {
        return provisionalYears;
    }

    /** Whether {@code year} has a loaded arrangement; outside loaded years only weekends are rest days. */
    public boolean covers(int year) {
        return byYear.containsKey(year);
    }
}
