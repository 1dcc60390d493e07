package org.parkhall.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Test;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.CounterStep;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.TestFloor;

/**
 * A hall of the last release (schema 011, parkhall-api 1.0.0 as kept in baseline/) with a counter open and a
 * visitor in service is upgraded to today's schema on either store: the counter is still open, its visitor still
 * in service and finished as usual — the sign-in guard (013) and pauses (015) fitted around what was there.
 */
public class ReleaseSchemaUpgradeTest {
    /** The newest migration of the last release. */
    private static final int RELEASE = 11;

    private String url;

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) {
            TestPostgres.drop(url);
        }
    }

    @Test
    public void aDerbyHallOfTheLastReleaseKeepsItsFloorWhenUpgraded() throws SQLException {
        upgradesWithItsFloor(InMemoryDerby.fresh());
    }

    @Test
    public void aPostgresqlHallOfTheLastReleaseKeepsItsFloorWhenUpgraded() throws SQLException {
        url = TestPostgres.freshDatabase("release");
        upgradesWithItsFloor(TestPostgres.dataSource(url));
    }

    private static void upgradesWithItsFloor(DataSource store) throws SQLException {
        HallCalendar calendar = TestFloor.calendar();
        try (Connection lock = store.getConnection(); Connection connection = store.getConnection()) {
            assertEquals(RELEASE, new Migrations(release(), Clock.systemUTC()).migrate(lock, connection));
            Instant now = Instant.now();
            execute(connection, "INSERT INTO counter_session (counter_no, staff, signed_in_at, priority_calls_in_row)"
                    + " VALUES (1, '周敏', ?, 0)", now);
            try (PreparedStatement ticket = connection.prepareStatement("INSERT INTO ticket (service_day, label,"
                    + " queue_letter, priority, state, arrived_at, called_at, counter_no, recalls,"
                    + " service_started_at, case_numbers) VALUES (?, 'A001', 'A', 'NONE', 'SERVING', ?, ?, 1, 0, ?, '')")) {
                ticket.setDate(1, Date.valueOf(calendar.today()));
                for (int i = 2; i <= 4; i++) {
                    ticket.setTimestamp(i, Timestamp.from(now), Times.utc());
                }
                ticket.executeUpdate();
            }
            connection.commit();
        }

        FloorService floor = TestFloor.open(new Database(store), calendar, 1);
        CounterInfo counter = floor.counters().get(0);
        assertEquals("周敏", counter.staff());
        assertEquals("A001", counter.current().label());
        assertEquals(TicketState.SERVING, counter.current().state());
        assertTrue(counter.steps().contains(CounterStep.FINISH));
        assertEquals(TicketState.DONE, floor.finishService(1, List.of(), "周敏").state());
        floor.signOut(1, "周敏");
        floor.signIn(1, "李娜");
    }

    private static void execute(Connection connection, String sql, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(at), Times.utc());
            statement.executeUpdate();
        }
    }

    /** The migrations as the last release shipped them: none after {@link #RELEASE}. */
    private static ClassLoader release() {
        Pattern migration = Pattern.compile("db/migration/(\\d{3})\\.sql");
        return new ClassLoader(ReleaseSchemaUpgradeTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                Matcher numbered = migration.matcher(name);
                return numbered.matches() && Integer.parseInt(numbered.group(1)) > RELEASE ? null
                        : super.getResource(name);
            }
        };
    }
}
