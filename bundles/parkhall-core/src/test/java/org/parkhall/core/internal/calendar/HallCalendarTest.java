package org.parkhall.core.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.api.TimeStatus;
import org.parkhall.api.WorkingYear;
import org.parkhall.spi.InvalidInputException;

public class HallCalendarTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private static HallCalendar on(LocalDate today) {
        Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(10, 0), HALL).toInstant(), HALL);
        return new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null), clock, 1);
    }

    @Test
    public void aYearShowsItsHolidaysOnWeekdaysAndItsSwappedWorkdays() {
        WorkingYear year = on(LocalDate.of(2026, 11, 24)).year(2026);
        assertEquals(248, year.workingDays());
        assertTrue(year.arranged() && !year.provisional());
        assertTrue(year.holidays().containsAll(List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 10, 1))));
        assertFalse("a holiday on a Saturday is a weekend anyway", year.holidays().contains(LocalDate.of(2026, 1, 3)));
        assertEquals(LocalDate.of(2026, 1, 4), year.swappedWorkdays().get(0));
        WorkingYear unarranged = on(LocalDate.of(2026, 11, 24)).year(2031);
        assertFalse(unarranged.arranged());
        assertTrue(unarranged.holidays().isEmpty() && unarranged.swappedWorkdays().isEmpty());
    }

    @Test
    public void aDayFromOutsideMustFallInAYearTheHallCounts() {
        HallCalendar calendar = on(LocalDate.of(2026, 11, 24));
        assertEquals(LocalDate.of(2000, 1, 1), calendar.hallDay("day", LocalDate.of(2000, 1, 1)));
        assertEquals(LocalDate.of(2100, 12, 31), calendar.hallDay("day", LocalDate.of(2100, 12, 31)));
        assertNull("absent, read as today by the caller", calendar.hallDay("day", null));
        for (LocalDate day : List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1), LocalDate.of(0, 1, 1),
                LocalDate.MAX, LocalDate.MIN)) {
            assertEquals(day.toString(), "from", assertThrows(InvalidInputException.class,
                    () -> calendar.hallDay("from", day)).field());
        }
        assertEquals("year", assertThrows(InvalidInputException.class, () -> calendar.year(2101)).field());
    }

    /** Monday 23 November 2026, when the cases below were accepted. */
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 11, 23);

    @Test
    public void aOneDayCaseIsNotAmberOnTheDayItIsTakenButIsTheNextDay() {
        LocalDate due = LocalDate.of(2026, 11, 24);
        assertEquals(TimeStatus.ON_TIME, on(ACCEPTED).status(CaseState.ACCEPTED, ACCEPTED, due));
        assertEquals(TimeStatus.NEAR_DUE, on(due).status(CaseState.ACCEPTED, ACCEPTED, due));
    }

    @Test
    public void openCasesAreGreenThenAmberThenRed() {
        LocalDate due = LocalDate.of(2026, 11, 27);
        assertEquals(TimeStatus.ON_TIME, on(LocalDate.of(2026, 11, 24)).status(CaseState.IN_REVIEW, ACCEPTED, due));
        assertEquals(TimeStatus.NEAR_DUE, on(LocalDate.of(2026, 11, 26)).status(CaseState.IN_REVIEW, ACCEPTED, due));
        assertEquals(TimeStatus.NEAR_DUE, on(due).status(CaseState.ACCEPTED, ACCEPTED, due));
        assertEquals(TimeStatus.OVERDUE, on(LocalDate.of(2026, 11, 30)).status(CaseState.IN_REVIEW, ACCEPTED, due));
    }

    @Test
    public void suspendedCasesStopTheClockAndDecidedOnesAreNotTimed() {
        LocalDate due = LocalDate.of(2026, 11, 27);
        HallCalendar late = on(LocalDate.of(2026, 12, 10));
        assertEquals(TimeStatus.STOPPED, late.status(CaseState.SUSPENDED, ACCEPTED, due));
        assertEquals(TimeStatus.NONE, late.status(CaseState.APPROVED, ACCEPTED, due));
    }

    @Test
    public void resumingMovesTheDueDateByTheWorkingDaysSuspended() {
        HallCalendar calendar = on(LocalDate.of(2026, 9, 21));
        // Suspended on Fri 2026-09-18, resumed Mon 09-21: the swapped working Sunday 09-20 and Monday count.
        assertEquals(LocalDate.of(2026, 9, 24),
                calendar.extend(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 21)));
        assertEquals(LocalDate.of(2026, 10, 9), calendar.due(LocalDate.of(2026, 9, 30), 2));
    }
}
