package org.parkhall.core.internal.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CaseState;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.TimeStatus;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.api.WorkingYear;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's clock and working-day calendar (限时办结): today in the hall's zone, due dates, and how a case stands
 * against its due date. Years are read from the bundled arrangements and from the override directory.
 */
@Component(service = {HallCalendar.class, WorkingCalendar.class}, configurationPid = "org.parkhall.calendar")
@Designate(ocd = HallCalendar.Config.class)
public final class HallCalendar implements WorkingCalendar {
    private static final Logger LOG = LoggerFactory.getLogger(HallCalendar.class);

    static final String ZONE = "Asia/Shanghai";
    static final int NEAR_DUE_DAYS = 1;

    @ObjectClassDefinition(name = "%calendar", description = "%calendar.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%calendar.overrideDirectory",
                description = "%calendar.overrideDirectory.description")
        String overrideDirectory() default "";

        @AttributeDefinition(name = "%calendar.zone", description = "%calendar.zone.description")
        String zone() default ZONE;

        @AttributeDefinition(name = "%calendar.nearDueDays", description = "%calendar.nearDueDays.description")
        int nearDueDays() default NEAR_DUE_DAYS;
    }

    /** The working days, the hall's clock and the amber threshold, as configured and checked. */
    record Settings(WorkdayRules workdays, Clock clock, int nearDueDays) {
        static Settings read(ConfigurationReader read) {
            Clock clock = read.parsed("zone", ZONE, Bilingual.of("时区名称，如 Asia/Shanghai",
                    "a time zone name such as Asia/Shanghai"), zone -> Clock.system(ZoneId.of(zone)));
            int nearDueDays = read.integer("nearDueDays", NEAR_DUE_DAYS, 0, 30);
            String folder = read.text("overrideDirectory", "");
            ClassLoader bundled = HallCalendar.class.getClassLoader();
            try {
                return new Settings(WorkdayRules.load(bundled, overrideDirectory(folder)), clock, nearDueDays);
            } catch (RuntimeException unreadable) {
                read.refuse("overrideDirectory", folder, Bilingual.of("可读的YYYY.txt工作日安排文件夹（UTF-8）："
                        + unreadable.getMessage(), "a readable folder of YYYY.txt arrangements (UTF-8): "
                        + unreadable.getMessage()));
                return new Settings(WorkdayRules.load(bundled, null), clock, nearDueDays);
            }
        }
    }

    private final SettledConfiguration<Settings> settings;

    @Activate
    public HallCalendar(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        settings = new SettledConfiguration<>(configurations, Settings::read, properties);
        warnAboutYears();
    }

    /** A calendar on a given clock, whose zone is the hall's. */
    public HallCalendar(WorkdayRules workdays, Clock clock, int nearDueDays) {
        if (nearDueDays < 0) {
            throw new IllegalArgumentException("nearDueDays must not be negative: " + nearDueDays);
        }
        settings = new SettledConfiguration<>(new ConfigurationChecks(),
                read -> new Settings(workdays, clock, nearDueDays), Map.of());
        warnAboutYears();
    }

    /** A changed zone, folder or threshold applies at once; a refused one leaves the calendar as it was. */
    @Modified
    void configure(Map<String, Object> properties) {
        settings.take(properties);
        warnAboutYears();
    }

    private void warnAboutYears() {
        WorkdayRules workdays = workdays();
        int year = today().getYear();
        if (!workdays.covers(year) || !workdays.covers(year + 1)) {
            LOG.warn("The working-day calendar lacks {} or {}: due dates there count weekends only. Add the State"
                    + " Council's arrangement as YYYY.txt to the calendar folder.", year, year + 1);
        }
        workdays.provisionalYears().forEach(provisional -> LOG.warn("The {} calendar is provisional (statutory"
                + " holidays only); replace it with the official arrangement when published.", provisional));
    }

    private static Path overrideDirectory(String configured) {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String etc = System.getProperty("karaf.etc");
        return etc == null ? null : Path.of(etc, "parkhall-calendar");
    }

    @Override
    public ZoneId zone() {
        return settings.value().clock().getZone();
    }

    public LocalDate today() {
        return LocalDate.now(settings.value().clock());
    }

    /** The wall-clock time in the hall. */
    public LocalDateTime now() {
        return LocalDateTime.now(settings.value().clock());
    }

    public WorkdayRules workdays() {
        return settings.value().workdays();
    }

    @Override
    public WorkingYear year(int year) {
        if (year < WorkdayRules.FIRST_YEAR || year > WorkdayRules.LAST_YEAR) {
            throw outsideTheYears("year");
        }
        WorkdayRules workdays = workdays();
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> swapped = new ArrayList<>();
        int working = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean works = workdays.isWorkingDay(day);
            working += works ? 1 : 0;
            if (works && weekend) {
                swapped.add(day);
            } else if (!works && !weekend) {
                holidays.add(day);
            }
        }
        return new WorkingYear(year, workdays.covers(year), workdays.provisionalYears().contains(year), working,
                holidays, swapped);
    }

    /**
     * {@code day} (null too, which callers read as today) if it falls in a year the hall counts days in; a day given
     * from outside that does not (0000-01-01, +999999999-12-31) is refused, naming {@code field}, before it reaches
     * the store or a count of working days.
     */
    public LocalDate hallDay(String field, LocalDate day) {
        if (day != null && (day.getYear() < WorkdayRules.FIRST_YEAR || day.getYear() > WorkdayRules.LAST_YEAR)) {
            throw outsideTheYears(field);
        }
        return day;
    }

    private static InvalidInputException outsideTheYears(String field) {
        return new InvalidInputException(field, "“" + field + "”须在" + WorkdayRules.FIRST_YEAR + "年至"
                + WorkdayRules.LAST_YEAR + "年之间", field + " must be in the years " + WorkdayRules.FIRST_YEAR + " to "
                + WorkdayRules.LAST_YEAR);
    }

    /** The due date of a case accepted on {@code acceptedOn} with a limit of {@code days} working days. */
    public LocalDate due(LocalDate acceptedOn, int days) {
        return workdays().addWorkingDays(acceptedOn, days);
    }

    /** Working days from today to {@code due}: zero on the due date itself, negative once past it. */
    public int workingDaysLeft(LocalDate due) {
        LocalDate today = today();
        WorkdayRules workdays = workdays();
        return today.isAfter(due) ? -workdays.workingDaysBetween(due, today) : workdays.workingDaysBetween(today, due);
    }

    /** Moves a due date on by the working days a case spent suspended (the clock stops while suspended). */
    public LocalDate extend(LocalDate due, LocalDate suspendedSince, LocalDate resumedOn) {
        WorkdayRules workdays = workdays();
        return workdays.addWorkingDays(due, workdays.workingDaysBetween(suspendedSince, resumedOn));
    }

    /**
     * On time, amber (near due), red (overdue), stopped (suspended, or in a special procedure), or not timed. A case is never amber on the
     * day it was accepted: a one-day promise would otherwise be amber from its first minute.
     */
    public TimeStatus status(CaseState state, LocalDate acceptedOn, LocalDate due) {
        if (state.clockStopped()) {
            return TimeStatus.STOPPED;
        }
        if (!state.clockRunning() || due == null) {
            return TimeStatus.NONE;
        }
        LocalDate today = today();
        if (today.isAfter(due)) {
            return TimeStatus.OVERDUE;
        }
        return workdays().workingDaysBetween(today, due) <= settings.value().nearDueDays() && !today.equals(acceptedOn)
                ? TimeStatus.NEAR_DUE : TimeStatus.ON_TIME;
    }
}
