package org.parkhall.core.internal.appointments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parkhall.spi.InvalidInputException;

/**
 * When the hall takes appointments, cut into slots. Normal hours apply on working days. Extended hours
 * (延时服务) are written {@code "12:00-13:30"} for every working day or {@code "SAT 09:00-12:00"} for rest days
 * falling on that weekday (weekends and holidays alike). A period's last slot may be shorter than the others.
 */
final class OpeningHours {

    record Slot(LocalTime start, LocalTime end, boolean extended) {
    }

    private record Period(DayOfWeek restDay, LocalTime start, LocalTime end, boolean extended) {
    }

    private final List<Period> periods;
    private final int slotMinutes;

    private OpeningHours(List<Period> periods, int slotMinutes) {
        this.periods = periods;
        this.slotMinutes = slotMinutes;
    }

    /** Parses the configured hours; a wrong or overlapping period is refused with what was wrong. */
    static OpeningHours parse(String hours, String extendedHours, int slotMinutes) {
        if (slotMinutes < 5 || slotMinutes > 240) {
            throw new InvalidInputException("slotMinutes", "时段长度须为5到240分钟", "a slot lasts 5 to 240 minutes");
        }
        List<Period> periods = new ArrayList<>();
        entries(hours).forEach(entry -> periods.add(period(entry, false)));
        entries(extendedHours).forEach(entry -> periods.add(period(entry, true)));
        periods.sort(Comparator.comparing(Period::start));
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                Period a = periods.get(i);
                Period b = periods.get(j);
                if (a.restDay() == b.restDay() && b.start().isBefore(a.end())) {
                    throw new InvalidInputException("hours", "时段不得重叠：" + a.start() + "-" + a.end() + " 与 "
                            + b.start() + "-" + b.end(), "periods must not overlap: " + a.start() + "-" + a.end()
                            + " and " + b.start() + "-" + b.end());
                }
            }
        }
        return new OpeningHours(List.copyOf(periods), slotMinutes);
    }

    /** The slots on {@code day}, in time order; none on a rest day without extended hours. */
    List<Slot> slotsOn(LocalDate day, boolean workingDay) {
        List<Slot> slots = new ArrayList<>();
        for (Period period : periods) {
            boolean applies = workingDay ? period.restDay() == null : period.restDay() == day.getDayOfWeek();
            for (LocalTime start = period.start(); applies && start.isBefore(period.end()); ) {
                LocalTime end = start.plusMinutes(slotMinutes);
                // plusMinutes wraps past midnight; the period's end bounds the last slot either way.
                if (!end.isAfter(start) || end.isAfter(period.end())) {
                    end = period.end();
                }
                slots.add(new Slot(start, end, period.extended()));
                start = end;
            }
        }
        return slots;
    }

    private static List<String> entries(String configured) {
        return configured == null ? List.of() : Arrays.stream(configured.split("[,，;；]"))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    private static Period period(String entry, boolean extended) {
        String[] parts = entry.split("\\s+");
        DayOfWeek restDay = null;
        if (parts.length == 2 && extended) {
            restDay = dayOfWeek(parts[0], entry);
        } else if (parts.length != 1) {
            throw notAPeriod(entry, extended);
        }
        String[] times = parts[parts.length - 1].split("-");
        if (times.length != 2) {
            throw notAPeriod(entry, extended);
        }
        try {
            LocalTime start = LocalTime.parse(times[0]);
            LocalTime end = LocalTime.parse(times[1]);
            if (!start.isBefore(end)) {
                throw new InvalidInputException("hours", "时段须先开始后结束：" + entry,
                        "a period must end after it starts: " + entry);
            }
            return new Period(restDay, start, end, extended);
        } catch (DateTimeParseException e) {
            throw notAPeriod(entry, extended);
        }
    }

    private static InvalidInputException notAPeriod(String entry, boolean extended) {
        String example = extended ? "09:00-12:00 或 SAT 09:00-12:00" : "09:00-12:00";
        return new InvalidInputException(extended ? "extendedHours" : "hours", "时段应写作 " + example + "（HH:mm）："
                + entry, "a period is written " + example.replace("或", "or") + " (HH:mm): " + entry);
    }

    private static DayOfWeek dayOfWeek(String word, String entry) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(word.toUpperCase(Locale.ROOT)) && word.length() >= 3) {
                return day;
            }
        }
        throw new InvalidInputException("extendedHours", "不是星期（MON…SUN）：" + word + "（" + entry + "）",
                "not a weekday (MON…SUN): " + word + " in " + entry);
    }
}
