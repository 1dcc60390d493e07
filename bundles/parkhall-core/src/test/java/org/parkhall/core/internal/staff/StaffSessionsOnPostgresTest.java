package org.parkhall.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SteppedClock;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database: a session opened through one is valid through the other, a sign-out or a
 * changed account on either ends it on both, the idle timeout holds whichever node the requests reach, and the
 * session caps hold however the nodes' sign-ins interleave.
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

    /**
     * Eight sign-ins at once, four through each node, 20 rounds: one account never holds more than its cap of two,
     * and the hall exactly its cap of three (each sign-in past it ends one), however the sign-ins interleave.
     */
    @Test
    public void concurrentSignInsOnTwoNodesNeverPassTheCaps() throws Exception {
        ExecutorService signIns = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                List<String> tokens = new ArrayList<>();
                for (int signIn = 0; signIn < 8; signIn++) {
                    StoredStaffSessions node = signIn % 2 == 0 ? nodeA : nodeB;
                    String token = "r" + round + "-" + signIn;
                    String user = signIn < 6 ? "wang" : "li";
                    tokens.add(token);
                    done.add(signIns.submit(() -> {
                        start.await();
                        node.open(token, user, Set.of("clerk"), "csrf", IDLE, 2, 3);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> signIn : done) {
                    signIn.get(30, TimeUnit.SECONDS);
                }
                long wang = tokens.stream().filter(token -> nodeA.touch(token, IDLE)
                        .filter(session -> session.user().equals("wang")).isPresent()).count();
                long live = tokens.stream().filter(token -> nodeB.touch(token, IDLE).isPresent()).count();
                assertTrue("round " + round + ": the account's cap, " + wang + " live", wang <= 2);
                assertEquals("round " + round + ": the hall's cap", 3, live);
                nodeA.endAll("wang");
                nodeA.endAll("li");
            }
        } finally {
            signIns.shutdownNow();
        }
    }
}
