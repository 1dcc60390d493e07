package org.parkhall.core.internal.appointments;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.AppointmentSlot;
import org.parkhall.api.HallException;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database book the same phone at the same moment, each into a slot with room: one
 * booking is accepted, the other refused, every time — the database's constraint (migration 010) decides.
 */
public class OnePhoneOnTwoNodesOnPostgresTest {
    private static final int ROUNDS = 20;

    private final List<AppointmentService> nodes = new ArrayList<>();
    private String url;

    @Before
    public void twoNodes() throws SQLException {
        url = TestPostgres.freshDatabase("shared_booking");
        FloorLayout layout = AppointmentServiceTest.layout();
        for (int node = 0; node < 2; node++) {
            nodes.add(AppointmentServiceTest.serviceAt(new Database(TestPostgres.dataSource(url)), layout, "09:10"));
        }
    }

    @After
    public void dropDatabase() throws SQLException {
        nodes.forEach(AppointmentService::stop);
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    @Test
    public void aPhoneBookedOnTwoNodesAtOnceHasOneLiveBooking() throws Exception {
        List<AppointmentSlot> slots = nodes.get(0).slots("A", AppointmentServiceTest.WEDNESDAY).stream()
                .filter(slot -> slot.open() && slot.free() >= 2).toList();
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String phone = String.format("139%08d", round);
                AppointmentSlot slot = slots.get(round / 2 % slots.size()); // two places a slot, one used a round
                CyclicBarrier together = new CyclicBarrier(nodes.size());
                List<Callable<String>> bookings = new ArrayList<>();
                for (AppointmentService node : nodes) {
                    bookings.add(() -> {
                        together.await();
                        try {
                            node.book(AppointmentServiceTest.request(slot.start(), phone), "kiosk");
                            return "booked";
                        } catch (HallException e) {
                            return e.code();
                        }
                    });
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> outcome : threads.invokeAll(bookings)) {
                    outcomes.add(outcome.get());
                }
                outcomes.sort(null);
                assertEquals("round " + round, List.of("booked", "illegal_action"), outcomes);
                assertEquals("round " + round, 1, liveBookings(phone));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private int liveBookings(String phone) throws SQLException {
        try (Connection connection = TestPostgres.dataSource(url).getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM appointment WHERE phone = ? AND state = 'BOOKED'")) {
            query.setString(1, phone);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
