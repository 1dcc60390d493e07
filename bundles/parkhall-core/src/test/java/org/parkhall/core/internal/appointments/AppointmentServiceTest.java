package org.parkhall.core.internal.appointments;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.Appointment;
import org.parkhall.api.AppointmentRequest;
import org.parkhall.api.AppointmentSlot;
import org.parkhall.api.AppointmentState;
import org.parkhall.api.Booked;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.HallHours;
import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.QueueDefinition;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.InvalidInputException;

public class AppointmentServiceTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    private final List<AppointmentService> services = new ArrayList<>();
    private static final HallConfiguration CONFIGURATIONS = new ConfigurationChecks();
    private Database database;
    private FloorLayout layout;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        layout = layout();
    }

    /** Queue A takes two bookings a slot, queue F none. */
    static FloorLayout layout() {
        FloorLayout layout = new FloorLayout();
        layout.addQueue(new QueueDefinition(CONFIGURATIONS, queue("A", 2)));
        layout.addQueue(new QueueDefinition(CONFIGURATIONS, queue("F", 0)));
        return layout;
    }

    @After
    public void closeHall() {
        services.forEach(AppointmentService::stop);
    }

    @Test
    public void aSlotTakesNoMoreThanItsCapacityAndACancelledPlaceIsFreeAgain() {
        AppointmentService appointments = at("09:10");
        Booked first = appointments.book(request(TEN, "13800000001"), "kiosk");
        appointments.book(request(TEN, "13800000002"), "kiosk");
        HallException full = assertThrows(HallException.class,
                () -> appointments.book(request(TEN, "13800000003"), "kiosk"));
        assertEquals("该时段已约满，请选择其他时段", full.text().zh());
        assertEquals(0, slot(appointments, TEN).free());

        assertEquals("not_found", assertThrows(HallException.class, () -> appointments.cancel(
                first.appointment().reference(), wrong(first.queryCode()), "kiosk")).code());
        assertEquals(AppointmentState.CANCELLED, appointments.cancel(first.appointment().reference(),
                first.queryCode(), "kiosk").state());
        assertEquals(1, slot(appointments, TEN).free());
        assertEquals(AppointmentState.BOOKED, appointments.book(request(TEN, "13800000003"), "kiosk").appointment()
                .state());
    }

    @Test
    public void manyBookingAtOnceNeverOverbookASlot() throws Exception {
        AppointmentService appointments = at("09:10");
        List<AppointmentRequest> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(request(TEN, "1390000000" + i));
        }
        assertEquals(2, bookedAtOnce(appointments, requests));
        assertEquals(2, appointments.bookings(WEDNESDAY, "A").size());
        assertEquals(2, slot(appointments, TEN).booked());
    }

    @Test
    public void onePhoneBookingManySlotsAtOnceHoldsOneBooking() throws Exception {
        AppointmentService appointments = at("09:10");
        List<AppointmentRequest> requests = new ArrayList<>();
        for (LocalTime start : List.of(TEN, LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30),
                LocalTime.of(13, 30), LocalTime.of(14, 0))) {
            requests.add(request(start, "13900000009"));
        }
        assertEquals(1, bookedAtOnce(appointments, requests));
        assertEquals(1, appointments.bookings(WEDNESDAY, "A").size());
    }

    @Test
    public void bookingsAreValidatedAndListedWithMaskedPhones() {
        AppointmentService appointments = at("09:40");
        assertEquals("phone", assertThrows(InvalidInputException.class,
                () -> appointments.book(request(TEN, "12345"), "kiosk")).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> appointments.book(
                new AppointmentRequest("A", WEDNESDAY, TEN, " ", "13800000001"), "kiosk")).field());
        assertEquals("queue", assertThrows(InvalidInputException.class, () -> appointments.book(
                new AppointmentRequest("F", WEDNESDAY, TEN, "张三", "13800000001"), "kiosk")).field());
        // The 09:00 slot ended at 09:30; 10:15 is not a slot start; a month ahead is beyond the horizon.
        assertEquals("start", assertThrows(InvalidInputException.class,
                () -> appointments.book(request(LocalTime.of(9, 0), "13800000001"), "kiosk")).field());
        assertEquals("start", assertThrows(InvalidInputException.class,
                () -> appointments.book(request(LocalTime.of(10, 15), "13800000001"), "kiosk")).field());
        assertEquals("start", assertThrows(InvalidInputException.class, () -> appointments.book(
                new AppointmentRequest("A", WEDNESDAY.plusMonths(1), TEN, "张三", "13800000001"), "kiosk")).field());

        Booked booked = appointments.book(request(TEN, "138 0000 0001"), "kiosk");
        assertTrue(booked.appointment().reference().matches("Y\\d{9}"));
        assertTrue(booked.queryCode().matches("\\d{8}"));
        assertThrows(HallException.class, () -> appointments.book(request(LocalTime.of(11, 0), "13800000001"),
                "kiosk"));
        assertEquals("138****0001", appointments.bookings(WEDNESDAY, "").get(0).phone());
        assertTrue(appointments.slots("A", LocalDate.of(2026, 11, 29)).isEmpty());
    }

    @Test
    public void saturdayExtendedHoursOpenOnPlainWeekendsOnlyAndTheGuidesSayTheSame() {
        AppointmentService appointments = at("09:40", "12:00-13:30, SAT 09:00-12:00");
        assertEquals(6, appointments.slots("A", LocalDate.of(2026, 11, 28)).size());
        assertTrue("2026-10-03 is a Saturday of the National Day holiday",
                appointments.slots("A", LocalDate.of(2026, 10, 3)).isEmpty());
        HallHours hours = appointments.hours();
        assertEquals("Asia/Shanghai", hours.zone());
        assertEquals(List.of("A"), hours.bookableQueues());
        assertEquals(14, hours.bookAheadDays());
        assertEquals("工作日 09:00-12:00、13:30-17:00；延时服务（可预约）：工作日 12:00-13:30，周六 09:00-12:00；法定节假日不办公",
                hours.text().zh());
    }

    @Test
    public void theNameFitsItsColumnAndDaysOutsideTheHallsYearsAreRefused() {
        AppointmentService appointments = at("09:40");
        String longest = "名".repeat(AppointmentService.NAME.maxLength());
        assertEquals(longest, appointments.book(new AppointmentRequest("A", WEDNESDAY, TEN, longest, "13800000001"),
                "kiosk").appointment().name());
        for (String name : new String[] {longest + "名", "张\u0000三", "\u202E张三"}) {
            assertEquals("name", assertThrows(InvalidInputException.class, () -> appointments.book(
                    new AppointmentRequest("A", WEDNESDAY, TEN, name, "13800000002"), "kiosk")).field());
        }
        for (LocalDate day : new LocalDate[] {LocalDate.MAX, LocalDate.of(0, 1, 1)}) {
            assertEquals("day", assertThrows(InvalidInputException.class, () -> appointments.book(
                    new AppointmentRequest("A", day, TEN, "张三", "13800000002"), "kiosk")).field());
            assertEquals("day", assertThrows(InvalidInputException.class, () -> appointments.slots("A", day))
                    .field());
            assertEquals("day", assertThrows(InvalidInputException.class, () -> appointments.bookings(day, ""))
                    .field());
        }
        assertEquals(1, appointments.bookings(WEDNESDAY, "A").size());
    }

    @Test
    public void checkInOpensHalfAnHourBeforeTheSlotAndGivesAPriorityTicket() {
        Booked booked = at("09:10").book(request(TEN, "13800000001"), "kiosk");
        Appointment booking = booked.appointment();
        String code = booked.queryCode();
        assertTrue(assertThrows(HallException.class, () -> at("09:20").checkIn(booking.reference(), code, "kiosk"))
                .text().zh().contains("09:30 后签到"));
        assertEquals("not_found", assertThrows(HallException.class,
                () -> at("09:40").checkIn(booking.reference(), wrong(code), "kiosk")).code());
        assertEquals("queryCode", assertThrows(InvalidInputException.class,
                () -> at("09:40").checkIn(booking.reference(), "0001", "kiosk")).field());

        Ticket ticket = at("09:40").checkIn(booking.reference(), code, "kiosk");
        assertEquals("A001", ticket.label());
        assertEquals(Priority.APPOINTMENT, ticket.priority());
        Appointment checkedIn = at("09:41").find(booking.reference(), code).orElseThrow();
        assertEquals(AppointmentState.CHECKED_IN, checkedIn.state());
        assertEquals("A001", checkedIn.ticketLabel());
        assertTrue(assertThrows(HallException.class, () -> at("09:42").checkIn(booking.reference(), code, "kiosk"))
                .text().zh().contains("A001"));
    }

    @Test
    public void aBookingNotCheckedInWithinTheGraceIsMissedAndItsPlaceReleased() {
        Booked booked = at("09:10").book(request(TEN, "13800000001"), "kiosk");
        Appointment booking = booked.appointment();
        assertEquals(0, at("10:15").releaseMissed());
        assertEquals(1, at("10:16").releaseMissed());
        assertEquals(0, at("10:17").releaseMissed());
        assertEquals(AppointmentState.MISSED, at("10:17").find(booking.reference(), booked.queryCode()).orElseThrow()
                .state());
        assertEquals(0, slot(at("10:17"), TEN).booked());
        assertTrue(assertThrows(HallException.class, () -> at("10:17").checkIn(booking.reference(),
                booked.queryCode(), "kiosk")).text().zh().contains("已超过签到时间"));
    }

    /** Sends every request at once, one thread each; how many were booked. */
    private static int bookedAtOnce(AppointmentService appointments, List<AppointmentRequest> requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (AppointmentRequest request : requests) {
            attempts.add(() -> {
                try {
                    appointments.book(request, "kiosk");
                    return true;
                } catch (HallException e) {
                    return false;
                }
            });
        }
        int booked = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            booked += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        return booked;
    }

    /** Another code of the right shape. */
    private static String wrong(String code) {
        return code.substring(0, 7) + (code.charAt(7) == '9' ? '0' : (char) (code.charAt(7) + 1));
    }

    /** The service as it runs at {@code time} on Wednesday 25 November 2026 in the hall. */
    private AppointmentService at(String time) {
        return at(time, "12:00-13:30");
    }

    private AppointmentService at(String time, String extendedHours) {
        AppointmentService service = serviceAt(database, layout, time, extendedHours);
        services.add(service);
        return service;
    }

    /** One node's service as it runs at {@code time} on Wednesday 25 November 2026 in the hall. */
    static AppointmentService serviceAt(Database database, FloorLayout layout, String time) {
        return serviceAt(database, layout, time, "12:00-13:30");
    }

    private static AppointmentService serviceAt(Database database, FloorLayout layout, String time,
            String extendedHours) {
        Instant now = WEDNESDAY.atTime(LocalTime.parse(time)).atZone(HALL).toInstant();
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null),
                Clock.fixed(now, HALL), 1);
        FloorService floor = new FloorService(database, calendar, layout, null, CONFIGURATIONS, TestFloor.sites(),
                Map.of());
        return new AppointmentService(database, calendar, layout, floor, TestFloor.sites(),
                settings(Map.of("extendedHours", extendedHours)), Clock.fixed(now, HALL));
    }

    /** The appointments' settings read from {@code properties}, as the component reads its configuration. */
    static SettledConfiguration<AppointmentService.Settings> settings(Map<String, Object> properties) {
        return new SettledConfiguration<>(CONFIGURATIONS, AppointmentService.Settings::read, properties);
    }

    static AppointmentRequest request(LocalTime start, String phone) {
        return new AppointmentRequest("A", WEDNESDAY, start, "张三", phone);
    }

    private static AppointmentSlot slot(AppointmentService appointments, LocalTime start) {
        return appointments.slots("A", WEDNESDAY).stream().filter(slot -> slot.start().equals(start)).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> queue(String letter, int appointmentsPerSlot) {
        return Map.of("letter", letter, "name.zh", "综合受理", "name.en", "Comprehensive intake",
                "appointmentsPerSlot", appointmentsPerSlot);
    }
}
