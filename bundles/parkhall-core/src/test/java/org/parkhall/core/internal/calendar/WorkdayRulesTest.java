package org.parkhall.core.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WorkdayRulesTest {
    private static final WorkdayRules BUNDLED = WorkdayRules.load(WorkdayRulesTest.class.getClassLoader(), null);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    public void theBundledYearsAreTheOfficial2026AndTheProvisional2027() {
        assertEquals(Set.of(2026, 2027), BUNDLED.years());
        assertEquals(Set.of(2027), BUNDLED.provisionalYears());
        assertTrue(BUNDLED.covers(2026));
        assertFalse(BUNDLED.covers(2025));
    }

    @Test
    public void swappedWeekendsAreWorkedAndHolidaysAreNot() {
        assertTrue(BUNDLED.isWorkingDay(date("2026-01-04")));
        assertFalse(BUNDLED.isWorkingDay(date("2026-01-02")));
        assertFalse(BUNDLED.isWorkingDay(date("2026-02-16")));
        assertTrue(BUNDLED.isWorkingDay(date("2026-09-20")));
        assertFalse(BUNDLED.isWorkingDay(date("2026-03-07")));
        assertTrue(BUNDLED.isWorkingDay(date("2026-03-09")));
    }

    @Test
    public void dueDatesAcrossTheSpringFestival() {
        assertEquals(date("2026-02-14"), BUNDLED.addWorkingDays(date("2026-02-13"), 1));
        assertEquals(date("2026-02-24"), BUNDLED.addWorkingDays(date("2026-02-14"), 1));
        assertEquals(date("2026-02-24"), BUNDLED.addWorkingDays(date("2026-02-13"), 2));
        // Feb 10–13, the 14th, Feb 24–27, the 28th, then two full weeks of March.
        assertEquals(date("2026-03-13"), BUNDLED.addWorkingDays(date("2026-02-09"), 20));
    }

    @Test
    public void dueDatesAcrossNationalDay() {
        assertEquals(date("2026-10-08"), BUNDLED.addWorkingDays(date("2026-09-30"), 1));
        assertEquals(date("2026-09-20"), BUNDLED.addWorkingDays(date("2026-09-18"), 1));
        // Sep 16–18, the 20th, Sep 21–24, Sep 28–30, Oct 8–10, Oct 12–16, then Monday the 19th.
        assertEquals(date("2026-10-19"), BUNDLED.addWorkingDays(date("2026-09-15"), 20));
    }

    @Test
    public void zeroDaysIsTheStartEvenOnAHolidayAndNegativeDaysAreRefused() {
        assertEquals(date("2026-10-01"), BUNDLED.addWorkingDays(date("2026-10-01"), 0));
        assertThrows(IllegalArgumentException.class, () -> BUNDLED.addWorkingDays(date("2026-10-01"), -1));
    }

    @Test
    public void theYearsHaveTheWorkingDaysTheArrangementsGive() {
        // 261 weekdays, less 19 weekday holidays, plus 6 swapped weekends.
        assertEquals(248, BUNDLED.workingDaysBetween(date("2025-12-31"), date("2026-12-31")));
        // 261 weekdays, less the 7 statutory days not on a weekend.
        assertEquals(254, BUNDLED.workingDaysBetween(date("2026-12-31"), date("2027-12-31")));
    }

    @Test
    public void workingDaysBetweenCountsWhatAddWorkingDaysAdded() {
        for (LocalDate start = date("2025-12-01"); start.isBefore(date("2028-02-01")); start = start.plusDays(1)) {
            for (int days = 0; days <= 25; days++) {
                LocalDate due = BUNDLED.addWorkingDays(start, days);
                assertEquals(start + " + " + days, days, BUNDLED.workingDaysBetween(start, due));
            }
        }
        assertEquals(1, BUNDLED.workingDaysBetween(date("2026-09-30"), date("2026-10-08")));
        assertEquals(0, BUNDLED.workingDaysBetween(date("2026-10-08"), date("2026-10-08")));
        assertEquals(0, BUNDLED.workingDaysBetween(date("2026-10-08"), date("2026-09-30")));
    }

    @Test
    public void aYearWithoutArrangementRestsOnWeekendsOnly() {
        assertFalse(BUNDLED.covers(2030));
        assertTrue(BUNDLED.isWorkingDay(date("2030-01-01")));
        assertFalse(BUNDLED.isWorkingDay(date("2030-01-05")));
        assertEquals(date("2030-01-07"), BUNDLED.addWorkingDays(date("2030-01-04"), 1));
        assertEquals(5, BUNDLED.workingDaysBetween(date("2030-01-06"), date("2030-01-13")));
    }

    @Test
    public void theProvisional2027HasStatutoryHolidaysAndNoSwappedWorkdays() {
        assertFalse(BUNDLED.isWorkingDay(date("2027-02-05")));
        assertFalse(BUNDLED.isWorkingDay(date("2027-02-08")));
        assertTrue(BUNDLED.isWorkingDay(date("2027-02-09")));
        assertFalse(BUNDLED.isWorkingDay(date("2027-06-09")));
        assertFalse(BUNDLED.isWorkingDay(date("2027-09-15")));
        assertTrue(BUNDLED.isWorkingDay(date("2027-10-04")));
        for (LocalDate day = date("2027-01-01"); day.getYear() == 2027; day = day.plusDays(1)) {
            if (CalendarYear.isWeekend(day)) {
                assertFalse(day.toString(), BUNDLED.isWorkingDay(day));
            }
        }
    }

    @Test
    public void anOverrideFileReplacesItsBundledYearAndAddsNewOnes() throws IOException {
        Path dir = folder.getRoot().toPath();
        Files.writeString(dir.resolve("2026.txt"), "\uFEFF# 2026 as corrected\nholiday 2026-03-02 test\n");
        Files.writeString(dir.resolve("2027.txt"), "holiday 2027-01-01 元旦\n");
        Files.writeString(dir.resolve("2028.txt"), "workday 2028-01-08\n");
        Files.writeString(dir.resolve("README.txt"), "not a year\n");

        WorkdayRules calendar = WorkdayRules.load(WorkdayRulesTest.class.getClassLoader(), dir);

        assertEquals(Set.of(2026, 2027, 2028), calendar.years());
        assertEquals(Set.of(), calendar.provisionalYears());
        assertTrue(calendar.isWorkingDay(date("2026-02-16")));
        assertFalse(calendar.isWorkingDay(date("2026-02-14")));
        assertFalse(calendar.isWorkingDay(date("2026-03-02")));
        assertTrue(calendar.isWorkingDay(date("2028-01-08")));
    }

    @Test
    public void aMissingOverrideFolderLeavesTheBundledYears() {
        WorkdayRules calendar = WorkdayRules.load(WorkdayRulesTest.class.getClassLoader(),
                folder.getRoot().toPath().resolve("absent"));
        assertEquals(Set.of(2026, 2027), calendar.years());
    }

    @Test
    public void aMalformedOverrideFileIsNamedWithItsLine() throws IOException {
        Path dir = folder.getRoot().toPath();
        Files.writeString(dir.resolve("2026.txt"), "holiday 2026-01-01\nworkday 2026-01-05\n");
        String message = assertThrows(IllegalArgumentException.class,
                () -> WorkdayRules.load(WorkdayRulesTest.class.getClassLoader(), dir)).getMessage();
        assertTrue(message, message.contains("2026.txt line 2: the workday 2026-01-05 is a Monday"));
    }

    @Test
    public void aFileNotInUtf8IsRefused() throws IOException {
        Path dir = folder.getRoot().toPath();
        Files.write(dir.resolve("2026.txt"), "holiday 2026-01-01 元旦\n".getBytes(Charset.forName("GBK")));
        String message = assertThrows(IllegalArgumentException.class,
                () -> WorkdayRules.load(WorkdayRulesTest.class.getClassLoader(), dir)).getMessage();
        assertTrue(message, message.contains("2026.txt: not UTF-8"));
    }

    @Test
    public void parseReadsFreeTextNamesAndFullWidthSpaces() {
        WorkdayRules calendar = WorkdayRules.parse(Map.of(2026,
                "provisional\nholiday\u30002026-07-01..2026-07-15  a long name, with spaces\nworkday 2026-07-18\n"));
        assertEquals(Set.of(2026), calendar.provisionalYears());
        assertFalse(calendar.isWorkingDay(date("2026-07-15")));
        assertTrue(calendar.isWorkingDay(date("2026-07-16")));
        assertTrue(calendar.isWorkingDay(date("2026-07-18")));
        assertFalse(calendar.isWorkingDay(date("2026-07-19")));
    }

    @Test
    public void malformedLinesAreRefusedWithYearLineAndReason() {
        assertError("holyday 2026-01-01", "line 3: unknown keyword 'holyday'");
        assertError("holiday", "line 3: holiday needs a date");
        assertError("holiday 2026-02-30 no such day", "line 3: '2026-02-30' is not a date");
        assertError("holiday 2026/01/01", "line 3: '2026/01/01' is not a date");
        assertError("holiday 2026-01-01..2026-01-02..2026-01-03", "line 3: '2026-01-01..2026-01-02..2026-01-03'");
        assertError("holiday 2025-12-31 元旦", "line 3: 2025-12-31 is not in 2026");
        assertError("workday 2027-01-02", "line 3: 2027-01-02 is not in 2026");
        assertError("holiday 2026-01-03..2026-01-01", "line 3: the range 2026-01-03..2026-01-01 ends before it starts");
        assertError("holiday 2026-07-01..2026-07-16", "line 3: the holiday 2026-07-01..2026-07-16 lasts 16 days");
        assertError("workday 2026-01-05", "line 3: the workday 2026-01-05 is a Monday");
        assertError("workday 2026-01-03..2026-01-05", "line 3: the workday 2026-01-05 is a Monday");
        assertError("provisional yes", "line 3: 'provisional' stands alone");
        assertError("holiday 2026-01-03\nworkday 2026-01-03", "line 4: 2026-01-03 is already a holiday on line 3");
        assertError("workday 2026-01-03\nholiday 2026-01-01..2026-01-03",
                "line 4: 2026-01-03 is already a workday on line 3");
        assertError("holiday 2026-01-01..2026-01-03\nholiday 2026-01-03", "line 4: 2026-01-03 is already a holiday");
    }

    private static void assertError(String entries, String expected) {
        String file = "# a header\n\n" + entries + "\n";
        String message = assertThrows(IllegalArgumentException.class,
                () -> WorkdayRules.parse(Map.of(2026, file))).getMessage();
        assertTrue(message, message.startsWith("year 2026 ") && message.contains(expected));
    }
}
