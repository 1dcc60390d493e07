package org.parkhall.core.internal.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SteppedClock;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database: which serves an item, and when its arrival and departure count for the
 * county (the ledger) rather than for one node.
 */
public class NodesOnPostgresTest {
    private static final NodeRecords.Release MARRIAGE = new NodeRecords.Release("CA-MARRIAGE-01",
            "org.parkhall.dept.ca", "1.0.0");

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-12-02T01:00:00Z"));
    private String url;
    private Database databaseA;
    private Database databaseB;
    private HallNode nodeA;
    private HallNode nodeB;

    @Before
    public void twoNodes() throws SQLException {
        url = TestPostgres.freshDatabase("shared_nodes");
        databaseA = new Database(TestPostgres.dataSource(url));
        databaseB = new Database(TestPostgres.dataSource(url));
        nodeA = new HallNode(databaseA, null, clock, "node-a");
        nodeB = new HallNode(databaseB, null, clock, "node-b");
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    @Test
    public void theFirstNodeToServeAReleaseIsItsArrivalAndTheLastToLetItGoItsDeparture() {
        assertTrue("new to the county", arrive(databaseA, nodeA));
        assertFalse("served already", arrive(databaseB, nodeB));
        assertEquals(Map.of(MARRIAGE.itemCode(), List.of("node-a", "node-b")), nodeA.servedOn());

        assertFalse("node-b still serves it", depart(databaseA, nodeA));
        assertEquals(Map.of(MARRIAGE.itemCode(), List.of("node-b")), nodeB.servedOn());
        assertTrue("served nowhere now", depart(databaseB, nodeB));
        assertEquals(Map.of(), nodeA.servedOn());
        assertTrue("so serving it again is an arrival", arrive(databaseA, nodeA));
    }

    @Test
    public void aNodeThatStopsIsDroppedAtOnceAndItsRestartIsNoSecondArrival() {
        assertTrue(arrive(databaseA, nodeA));
        nodeA.stop(); // the framework stopping: its handlers go, but no departure is recorded for them
        assertEquals(Map.of(), nodeB.servedOn());

        HallNode again = new HallNode(databaseA, null, clock, "node-a");
        assertFalse("the county never lost it", arrive(databaseA, again));
        assertEquals(Map.of(MARRIAGE.itemCode(), List.of("node-a")), nodeB.servedOn());
    }

    @Test
    public void aNodeKilledIsDroppedOnceItsLastSeenIsStaleAndTheSurvivorsDepartureIsTheCountys() {
        arrive(databaseA, nodeA);
        arrive(databaseB, nodeB);
        clock.moveOn(Duration.ofSeconds(HallNode.STALE_SECONDS - 1));
        assertEquals(List.of("node-a", "node-b"), nodeB.servedOn().get(MARRIAGE.itemCode()));
        clock.moveOn(Duration.ofSeconds(2)); // node-a was killed: it never beat again; node-b's beat runs
        databaseB.inTransaction(connection -> {
            NodeRecords.seen(connection, "node-b", clock.instant());
            return null;
        });
        assertEquals(List.of("node-b"), nodeB.servedOn().get(MARRIAGE.itemCode()));
        assertTrue("no live node serves it after node-b", depart(databaseB, nodeB));
        assertTrue("the dead node's row went with the departure", arrive(databaseB, nodeB));
    }

    private boolean arrive(Database database, HallNode node) {
        return database.inTransaction(connection -> NodeRecords.arrive(connection, node.name(), MARRIAGE,
                clock.instant()));
    }

    private boolean depart(Database database, HallNode node) {
        return database.inTransaction(connection -> NodeRecords.depart(connection, node.name(), MARRIAGE,
                node.liveAfter()));
    }
}
