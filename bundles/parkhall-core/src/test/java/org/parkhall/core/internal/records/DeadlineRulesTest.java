package org.parkhall.core.internal.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.Map;

import org.junit.Test;
import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordKind;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.spi.ConfigurationReader;

/** Deadlines on the 2026 State Council arrangement: 国庆 10-01..10-07 off, Saturday 10-10 worked (调休). */
public class DeadlineRulesTest {
    private static final WorkdayRules WORKDAYS = WorkdayRules.load(HallCalendar.class.getClassLoader(), null);
    private static final DeadlineRules RULES = DeadlineRules.AS_SHIPPED;

    private static DeadlineRules.Deadlines of(RecordKind kind, RecordClass recordClass, String openedOn) {
        return RULES.of(kind, recordClass, LocalDate.parse(openedOn), WORKDAYS);
    }

    @Test
    public void aSimpleReportIsDueTheSameWorkingDayOrTheNextOneWhenOpenedOnARestDay() {
        assertEquals(LocalDate.parse("2026-09-30"), of(RecordKind.UNRESOLVED, RecordClass.SIMPLE, "2026-09-30").outcome());
        assertEquals("opened in the National Day holiday", LocalDate.parse("2026-10-08"),
                of(RecordKind.UNRESOLVED, RecordClass.SIMPLE, "2026-10-03").outcome());
        assertNull(of(RecordKind.UNRESOLVED, RecordClass.SIMPLE, "2026-09-30").progress());
    }

    @Test
    public void anOrdinaryReportSkipsTheHolidayWeek() {
        assertEquals(LocalDate.parse("2026-10-09"), of(RecordKind.UNRESOLVED, RecordClass.ORDINARY, "2026-09-30").outcome());
    }

    @Test
    public void aComplexReportOwesAProgressReplyAndAFinalOneCountingTheSwappedSaturday() {
        DeadlineRules.Deadlines complex = of(RecordKind.UNRESOLVED, RecordClass.COMPLEX, "2026-09-29");
        // 09-30, 10-08, 10-09, Saturday 10-10 (worked), 10-12
        assertEquals(LocalDate.parse("2026-10-12"), complex.progress());
        assertEquals(LocalDate.parse("2026-10-26"), complex.outcome());
    }

    @Test
    public void complaintDaysAreTheHallsConfigurationAndASwappedSundayCounts() {
        DeadlineRules three = DeadlineRules.read(new ConfigurationReader(Map.of("complaintDays", 3)));
        // Friday 09-18: Sunday 09-20 is worked (国庆调休), then 09-21 and 09-22
        assertEquals(LocalDate.parse("2026-09-22"),
                three.of(RecordKind.COMPLAINT, null, LocalDate.parse("2026-09-18"), WORKDAYS).outcome());
        assertEquals("five days: 09-25 is 中秋", LocalDate.parse("2026-09-24"),
                RULES.of(RecordKind.COMPLAINT, null, LocalDate.parse("2026-09-18"), WORKDAYS).outcome());
    }

    @Test
    public void assistedServicesAndConsultationsAreNotTimed() {
        assertEquals(new DeadlineRules.Deadlines(null, null), of(RecordKind.ASSISTED, null, "2026-09-30"));
        assertEquals(new DeadlineRules.Deadlines(null, null), of(RecordKind.CONSULTATION, null, "2026-09-30"));
    }

    @Test
    public void aProgressReplyNoSoonerThanTheFinalOneIsRefusedAndTheShippedRulesKept() {
        ConfigurationReader read = new ConfigurationReader(Map.of("unresolvedComplexProgressDays", 10,
                "unresolvedComplexFinalDays", 10, "complaintDays", "abc"));
        assertEquals(RULES, DeadlineRules.read(read));
        assertFalse(read.valid());
        assertEquals(2, read.problems().size());
    }
}
