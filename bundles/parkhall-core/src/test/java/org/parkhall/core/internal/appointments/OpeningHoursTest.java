package org.parkhall.core.internal.appointments;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.Test;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;

public class OpeningHoursTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    private final OpeningHours hours = OpeningHours.parse("09:00-12:00, 13:30-17:00",
            "12:00-13:30，17:00-18:00; SAT 09:00-11:00", 60);

    @Test
    public void aWorkingDayHasNormalAndExtendedSlotsInTimeOrderAndAShortLastSlot() {
        List<OpeningHours.Slot> slots = hours.slotsOn(WEDNESDAY, OpeningHours.Day.WORKING);
        assertEquals(List.of("09:00", "10:00", "11:00", "12:00", "13:00", "13:30", "14:30", "15:30", "16:30",
                "17:00"), slots.stream().map(slot -> slot.start().toString()).toList());
        assertEquals(new OpeningHours.Slot(LocalTime.of(12, 0), LocalTime.of(13, 0), true), slots.get(3));
        assertEquals(new OpeningHours.Slot(LocalTime.of(13, 0), LocalTime.of(13, 30), true), slots.get(4));
        assertEquals(new OpeningHours.Slot(LocalTime.of(16, 30), LocalTime.of(17, 0), false), slots.get(8));
    }

    @Test
    public void restDaysOpenOnlyForExtendedHoursOnTheirWeekday() {
        assertEquals(List.of(new OpeningHours.Slot(LocalTime.of(9, 0), LocalTime.of(10, 0), true),
                new OpeningHours.Slot(LocalTime.of(10, 0), LocalTime.of(11, 0), true)),
                hours.slotsOn(SATURDAY, OpeningHours.Day.WEEKEND));
        assertTrue(hours.slotsOn(SUNDAY, OpeningHours.Day.WEEKEND).isEmpty());
        // A Saturday made a working day (调休) keeps the normal hours instead.
        assertEquals(10, hours.slotsOn(SATURDAY, OpeningHours.Day.WORKING).size());
    }

    @Test
    public void theGuidesStateTheSameHoursAsBookingOffers() {
        Bilingual text = hours.describe();
        assertEquals("工作日 09:00-12:00、13:30-17:00；延时服务（可预约）：工作日 12:00-13:30、17:00-18:00，周六 09:00-11:00；"
                + "法定节假日不办公", text.zh());
        assertEquals("Working days 09:00-12:00, 13:30-17:00; extended hours (by appointment): working days"
                + " 12:00-13:30, 17:00-18:00; Saturday 09:00-11:00; closed on public holidays", text.en());
        assertEquals("工作日 08:30-12:00；法定节假日不办公", OpeningHours.parse("08:30-12:00", "", 30).describe().zh());
    }

    @Test
    public void aPeriodReachingMidnightEndsThere() {
        List<OpeningHours.Slot> slots = OpeningHours.parse("22:30-23:59", "", 60).slotsOn(WEDNESDAY, OpeningHours.Day.WORKING);
        assertEquals(List.of(new OpeningHours.Slot(LocalTime.of(22, 30), LocalTime.of(23, 30), false),
                new OpeningHours.Slot(LocalTime.of(23, 30), LocalTime.of(23, 59), false)), slots);
    }

    @Test
    public void wrongHoursAreRefusedWithWhatIsWrong() {
        InvalidInputException overlap = assertThrows(InvalidInputException.class,
                () -> OpeningHours.parse("09:00-12:00", "11:00-13:00", 30));
        assertEquals("periods must not overlap: 09:00-12:00 and 11:00-13:00", overlap.text().en());
        assertEquals("时段不得重叠：09:00-12:00 与 11:00-13:00", overlap.text().zh());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse("9-12", "", 30)).getMessage().contains("HH:mm"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse("12:00-09:00", "", 30)).getMessage().contains("end after"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse("", "FUNDAY 09:00-12:00", 30)).getMessage().contains("weekday"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse("SAT 09:00-12:00", "", 30)).getMessage().contains("09:00-12:00"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse("09:00-12:00", "", 0)).getMessage().contains("slotMinutes"));
    }
}
