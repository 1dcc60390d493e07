package org.parkhall.core.internal.appointments;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.AppointmentRequest;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.floor.QueueDefinition;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database release missed bookings at the same moment: each booking is released once,
 * with one ledger entry, and while one node holds the releaser's lock the other skips its round.
 */
public class AppointmentsOnPostgresTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final List<LocalTime> SLOTS = List.of(LocalTime.of(10, 0), LocalTime.of(10, 30),
            LocalTime.of(11, 0));
    private static final int PLACES = 4;

    private final List<AppointmentService> services = new ArrayList<>();
    private final FloorLayout layout = new FloorLayout();
    private String url;
    private List<Database> nodes;

    @Before
    public void twoNodesWithBookings() throws SQLException {
        url = TestPostgres.freshDatabase("release");
        nodes = List.of(new Database(TestPostgres.dataSource(url)), new Database(TestPostgres.dataSource(url)));
        layout.addQueue(new QueueDefinition(new ConfigurationChecks(), Map.of("letter", "A", "name.zh", "综合受理",
                "name.en", "Comprehensive intake", "appointmentsPerSlot", PLACES)));
        AppointmentService booking = at(nodes.get(0), "09:10");
        int phone = 0;
        for (LocalTime start : SLOTS) {
            for (int place = 0; place < PLACES; place++) {
                String mobile = String.format("138%08d", phone++);
                booking.book(new AppointmentRequest("A", WEDNESDAY, start, "张三", mobile), "kiosk");
            }
        }
    }

    @After
    public void dropDatabase() throws SQLException {
        services.forEach(AppointmentService::stop);
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    @Test
    public void twoNodesReleasingAtOnceReleaseEachMissedBookingOnce() throws Exception {
        AppointmentService first = at(nodes.get(0), "10:20");
        int whileHeld = nodes.get(1).inTransactionAlone(AppointmentService.RELEASE_JOB,
                connection -> first.releaseMissed()).orElseThrow();
        assertEquals("node A skips its round while node B holds the releaser's lock", 0, whileHeld);
        assertEquals(0, missedEntries());

        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            for (String time : List.of("10:20", "10:50", "11:20")) {
                CyclicBarrier together = new CyclicBarrier(nodes.size());
                List<Callable<Integer>> rounds = new ArrayList<>();
                for (Database node : nodes) {
                    AppointmentService service = at(node, time);
                    rounds.add(() -> {
                        together.await();
                        return service.releaseMissed();
                    });
                }
                int released = 0;
                for (Future<Integer> round : threads.invokeAll(rounds)) {
                    released += round.get();
                }
                assertEquals("released at " + time, PLACES, released);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(SLOTS.size() * PLACES, missedEntries());
        assertEquals("one entry per booking", 1, query("SELECT MAX(entries) FROM (SELECT COUNT(*) AS entries"
                + " FROM ledger_event WHERE action = 'APPOINTMENT_MISSED' GROUP BY subject) per_booking"));
        assertEquals("every place free again", 0, query("SELECT COALESCE(SUM(booked), 0) FROM appointment_slot"));
        assertEquals(0, at(nodes.get(1), "11:20").releaseMissed());
    }

    /** The service of one node as it runs at {@code time} on Wednesday 25 November 2026 in the hall. */
    private AppointmentService at(Database database, String time) {
        Instant now = WEDNESDAY.atTime(LocalTime.parse(time)).atZone(HALL).toInstant();
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null),
                Clock.fixed(now, HALL), 1);
        AppointmentService service = new AppointmentService(database, calendar, layout,
                TestFloor.open(database, calendar), TestFloor.sites(), AppointmentServiceTest.settings(Map.of()),
                Clock.fixed(now, HALL));
        services.add(service);
        return service;
    }

    private long missedEntries() throws SQLException {
        return query("SELECT COUNT(*) FROM ledger_event WHERE action = 'APPOINTMENT_MISSED'");
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = TestPostgres.dataSource(url).getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
