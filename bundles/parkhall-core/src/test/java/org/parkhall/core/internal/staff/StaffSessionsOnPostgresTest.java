package org.parkhall.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database: a session opened through one is valid through the other, a sign-out or a
 * changed account on either ends it on both, and the idle timeout holds whichever node the requests reach.
 */
public class StaffSessionsOnPostgresTest {
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-24T01:00:00Z"));
    private String url;
    private StoredStaffSessions nodeA;
    private StoredStaffSessions nodeB;

    @Before
    public void twoNodes() throws SQLException {
        url = TestPostgres.freshDatabase("sessions");
        nodeA = new StoredStaffSessions(new Database(TestPostgres.dataSource(url)), clock);
        nodeB = new StoredStaffSessions(new Database(TestPostgres.dataSource(url)), clock);
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    @Test
    public void aSessionOpenedOnOneNodeIsValidOnTheOtherUntilSignedOutThere() {
        nodeA.open("token", "wang", Set.of("clerk", "approver:amr"), "csrf", IDLE, 5, 1000);
        var seen = nodeB.touch("token", IDLE).orElseThrow();
        assertEquals("wang", seen.user());
        assertEquals(Set.of("clerk", "approver:amr"), seen.roles());
        assertEquals("csrf", seen.csrfToken());

        nodeB.end("token");
        assertFalse(nodeA.touch("token", IDLE).isPresent());
    }

    @Test
    public void requestsOnEitherNodeKeepASessionAliveAndIdleOnBothEndsIt() {
        nodeA.open("token", "wang", Set.of("clerk"), "csrf", IDLE, 5, 1000);
        for (StoredStaffSessions node : new StoredStaffSessions[] {nodeB, nodeA, nodeB}) {
            clock.moveOn(Duration.ofMinutes(29));
            assertTrue(node.touch("token", IDLE).isPresent());
        }
        clock.moveOn(IDLE.plusSeconds(1));
        assertFalse(nodeA.touch("token", IDLE).isPresent());
        assertFalse(nodeB.touch("token", IDLE).isPresent());
    }

    @Test
    public void aChangedAccountOnOneNodeEndsItsSessionsOnBothAndRenewedRolesAreShared() {
        nodeA.open("a", "wang", Set.of("clerk"), "csrf", IDLE, 5, 1000);
        nodeB.open("b", "wang", Set.of("clerk"), "csrf", IDLE, 5, 1000);
        nodeA.open("c", "li", Set.of("guide"), "csrf", IDLE, 5, 1000);
        assertTrue(nodeB.endAll("wang"));
        assertFalse(nodeA.touch("a", IDLE).isPresent());
        assertFalse(nodeA.touch("b", IDLE).isPresent());

        nodeA.renew("c", Set.of("clerk"));
        assertEquals(Set.of("clerk"), nodeB.touch("c", IDLE).orElseThrow().roles());
    }
}
