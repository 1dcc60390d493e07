package org.parkhall.core.internal.appointments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;

/**
 * The hall's opening hours, cut into slots for appointments and written out for the guides: the one source of
 * both. Normal hours apply on working days. Extended hours (延时服务) are written {@code "12:00-13:30"} for every
 * working day or {@code "SAT 09:00-12:00"} for weekend days falling on that weekday — never on a public holiday
 * (春节, 国庆…). A period's last slot may be shorter than the others.
 */
final class OpeningHours {

    record Slot(LocalTime start, LocalTime end, boolean extended) {
    }

    /** What kind of day the hours are asked for. */
    enum Day {
        WORKING, WEEKEND, HOLIDAY
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

    /** The slots on {@code day}, in time order; none on a holiday, nor on a weekend day without extended hours. */
    List<Slot> slotsOn(LocalDate day, Day kind) {
        List<Slot> slots = new ArrayList<>();
        for (Period period : periods) {
            boolean applies = kind == Day.WORKING ? period.restDay() == null
                    : kind == Day.WEEKEND && period.restDay() == day.getDayOfWeek();
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

    /**
     * The hours as a guide states them, e.g. 工作日 09:00-12:00、13:30-17:00；延时服务（可预约）：工作日 12:00-13:30，
     * 周六 09:00-12:00；法定节假日不办公.
     */
    Bilingual describe() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Period> normal = periods.stream().filter(period -> !period.extended()).toList();
        List<Period> extended = periods.stream().filter(Period::extended).toList();
        zh.add("工作日 " + times(normal, null, "、"));
        en.add("working days " + times(normal, null, ", "));
        if (!extended.isEmpty()) {
            List<String> zhExtended = new ArrayList<>();
            List<String> enExtended = new ArrayList<>();
            if (extended.stream().anyMatch(period -> period.restDay() == null)) {
                zhExtended.add("工作日 " + times(extended, null, "、"));
                enExtended.add("working days " + times(extended, null, ", "));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                if (extended.stream().anyMatch(period -> period.restDay() == day)) {
                    zhExtended.add(day.getDisplayName(TextStyle.SHORT, Locale.CHINA) + " " + times(extended, day, "、"));
                    enExtended.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + times(extended, day, ", "));
                }
            }
            zh.add("延时服务（可预约）：" + String.join("，", zhExtended));
            en.add("extended hours (by appointment): " + String.join("; ", enExtended));
        }
        zh.add("法定节假日不办公");
        en.add("closed on public holidays");
        String english = String.join("; ", en);
        return Bilingual.of(String.join("；", zh), Character.toUpperCase(english.charAt(0)) + english.substring(1));
    }

    private static String times(List<Period> periods, DayOfWeek restDay, String separator) {
        return String.join(separator, periods.stream().filter(period -> period.restDay() == restDay)
                .map(period -> period.start() + "-" + period.end()).toList());
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
