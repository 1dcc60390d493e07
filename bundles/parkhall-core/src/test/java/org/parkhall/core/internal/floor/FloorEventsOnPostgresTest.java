package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.parkhall.api.Priority;
import org.parkhall.api.Site;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database, each with its floor, its relay and its own EventAdmin: a call made on node A
 * reaches node B's EventAdmin within a second, with the same topic and properties; a rolled-back change never does;
 * a relay whose connection is killed comes back by itself and tells its displays the last calls.
 */
public class FloorEventsOnPostgresTest {
    private static final int CALLS = 50;

    private final HallCalendar calendar = TestFloor.calendar();
    private final List<FloorEventRelay> relays = new ArrayList<>();
    private String url;
    private Node a;
    private Node b;

    /** An EventAdmin that keeps what was posted, with when. */
    private static final class Recorded implements EventAdmin {
        record Posted(Event event, long atNanos) {
        }

        final LinkedBlockingQueue<Posted> posted = new LinkedBlockingQueue<>();
        /** Every event ever posted, also those {@link #next} passed over. */
        final List<Event> all = new CopyOnWriteArrayList<>();

        @Override
        public void postEvent(Event event) {
            all.add(event);
            posted.add(new Posted(event, System.nanoTime()));
        }

        @Override
        public void sendEvent(Event event) {
            postEvent(event);
        }

        /** The first event posted from now on that {@code wanted} accepts, within {@code millis}; null if none. */
        Posted next(Predicate<Event> wanted, long millis) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
                Posted one = posted.poll(left, TimeUnit.MILLISECONDS);
                if (one != null && wanted.test(one.event())) {
                    return one;
                }
            }
            return null;
        }
    }

    private record Node(Database database, Recorded events, FloorEvents floorEvents, FloorService floor) {
    }

    @Before
    public void twoNodes() throws SQLException {
        url = TestPostgres.freshDatabase("events");
        a = node();
        b = node();
        waitFor(() -> listeners() == 2, 5000, "both relays listen");
    }

    @After
    public void stopNodes() throws Exception {
        for (FloorEventRelay relay : relays) {
            relay.stop();
        }
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    @Test
    public void aCallOnOneNodeReachesTheOtherWithinASecondWithTheSameTopicAndProperties() throws Exception {
        int[] counters = new int[CALLS];
        for (int i = 0; i < CALLS; i++) {
            counters[i] = i + 1;
            a.floor().signIn(counters[i], "周敏");
            a.floor().issue("A", Priority.NONE, "kiosk");
        }
        List<Long> latencies = new ArrayList<>();
        for (int counter : counters) {
            long before = System.nanoTime();
            String label = a.floor().callNext(counter, "周敏").orElseThrow().label();
            Recorded.Posted there = b.events().next(ticket(label), 2000);
            assertNotNull(label + " reached node B", there);
            Recorded.Posted here = a.events().next(ticket(label), 1000);
            assertEquals(FloorEvents.CALLED, there.event().getTopic());
            assertEquals(properties(here.event()), properties(there.event()));
            latencies.add(TimeUnit.NANOSECONDS.toMillis(there.atNanos() - before));
        }
        Collections.sort(latencies);
        System.out.printf("Call on node A to node B's EventAdmin, %d calls: p50 %d ms, max %d ms%n", CALLS,
                latencies.get(CALLS / 2), latencies.get(CALLS - 1));
        assertTrue("slowest " + latencies.get(CALLS - 1) + " ms", latencies.get(CALLS - 1) < 1000);

        a.floor().recall(1, "周敏");
        Recorded.Posted recall = b.events().next(event -> event.getTopic().equals(FloorEvents.RECALLED), 1000);
        assertNotNull("the recall reached node B", recall);
        assertEquals("A001", recall.event().getProperty("ticket"));
        assertEquals(1, recall.event().getProperty("counter"));
        assertNotNull(a.events().next(event -> event.getTopic().equals(FloorEvents.RECALLED), 1000));
        assertNull("node A posted its own calls once, and reposted none from its relay",
                a.events().next(event -> true, 500));
    }

    @Test
    public void aRolledBackChangeIsNeverShownOnAnotherNode() throws Exception {
        FloorEvents.Announcement rolledBack = new FloorEvents.Announcement(FloorEvents.CALLED, "A101", 1, "A",
                Instant.now().toString());
        FloorEvents.Announcement committed = new FloorEvents.Announcement(FloorEvents.CALLED, "A102", 2, "A",
                Instant.now().toString());
        assertThrows(IllegalStateException.class, () -> a.database().inTransaction(connection -> {
            a.floorEvents().sendIn(connection, Site.COUNTY_CENTRE, rolledBack);
            throw new IllegalStateException("the change fails after its announcement");
        }));
        a.database().inTransaction(connection -> {
            a.floorEvents().sendIn(connection, Site.COUNTY_CENTRE, committed);
            return null;
        });
        Recorded.Posted first = b.events().next(event -> true, 1000);
        assertNotNull("the committed call arrived", first);
        assertEquals("A102", first.event().getProperty("ticket"));
        assertNull("nothing else arrived", b.events().next(event -> true, 500));
    }

    @Test
    public void aRelayWhoseConnectionIsKilledComesBackAndTellsItsDisplaysTheLastCalls() throws Exception {
        for (int counter = 1; counter <= 4; counter++) {
            a.floor().signIn(counter, "周敏");
            a.floor().issue("A", Priority.NONE, "kiosk");
        }
        for (int counter = 1; counter <= 2; counter++) {
            String label = a.floor().callNext(counter, "周敏").orElseThrow().label();
            assertNotNull(b.events().next(ticket(label), 1000));
        }

        assertEquals("listening connections killed", 2, execute("SELECT COUNT(pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE datname = current_database() AND application_name = '"
                + PostgresListener.APPLICATION_NAME + "'"));
        String maybeMissed = a.floor().callNext(3, "周敏").orElseThrow().label(); // while the relays reconnect

        Recorded.Posted resync = b.events().next(event -> event.getTopic().equals(FloorEvents.RESYNC), 5000);
        assertNotNull("node B's relay came back and sent the last calls", resync);
        List<String> told = new ArrayList<>();
        for (Object call : (List<?>) resync.event().getProperty(FloorEvents.CALLS)) {
            told.add((String) ((Map<?, ?>) call).get("ticket"));
        }
        assertEquals(List.of("A002", "A001"), told.subList(told.size() - 2, told.size()));
        assertTrue(maybeMissed + " shown as a call or in the last calls: " + told, told.contains(maybeMissed)
                || b.events().all.stream().anyMatch(ticket(maybeMissed)));

        String after = a.floor().callNext(4, "周敏").orElseThrow().label();
        assertNotNull(after + " reached node B after the reconnect", b.events().next(ticket(after), 1000));
    }

    private Node node() throws SQLException {
        Database database = new Database(TestPostgres.dataSource(url));
        Recorded events = new Recorded();
        FloorEvents floorEvents = new FloorEvents(database, events);
        int[] counters = new int[CALLS];
        for (int i = 0; i < CALLS; i++) {
            counters[i] = i + 1;
        }
        relays.add(new FloorEventRelay(database, calendar, floorEvents, TestFloor.sites()));
        return new Node(database, events, floorEvents, TestFloor.open(database, calendar, floorEvents, counters));
    }

    private static Predicate<Event> ticket(String label) {
        return event -> label.equals(event.getProperty("ticket"));
    }

    private static Map<String, Object> properties(Event event) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            properties.put(name, event.getProperty(name));
        }
        properties.remove("event.topics"); // EventAdmin's own, always the topic
        return properties;
    }

    private long listeners() {
        try {
            return execute("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = '" + PostgresListener.APPLICATION_NAME + "' AND query LIKE 'LISTEN %'");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long execute(String query) throws SQLException {
        try (Connection connection = TestPostgres.dataSource(url).getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void waitFor(BooleanSupplier condition, long millis, String what) {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
