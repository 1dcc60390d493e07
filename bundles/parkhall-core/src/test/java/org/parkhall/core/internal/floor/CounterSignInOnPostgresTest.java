package org.parkhall.core.internal.floor;

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

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.HallException;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database sign the same counter in at the same moment: one is signed in, the other
 * refused, every time — the database's constraint decides, not a read before the write.
 */
public class CounterSignInOnPostgresTest {
    private static final int ROUNDS = 20;

    private String url;

    @Before
    public void emptyDatabase() {
        url = TestPostgres.freshDatabase("signin");
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    @Test
    public void aCounterSignedInFromTwoNodesAtOnceHasOneOpenSignIn() throws Exception {
        int[] counters = new int[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            counters[round] = round + 1;
        }
        HallCalendar calendar = TestFloor.calendar();
        List<FloorService> nodes = List.of(
                TestFloor.open(new Database(TestPostgres.dataSource(url)), calendar, counters),
                TestFloor.open(new Database(TestPostgres.dataSource(url)), calendar, counters));
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            for (int counter : counters) {
                CyclicBarrier together = new CyclicBarrier(nodes.size());
                List<Callable<String>> signIns = new ArrayList<>();
                for (FloorService node : nodes) {
                    signIns.add(() -> {
                        together.await();
                        try {
                            node.signIn(counter, "staff-" + nodes.indexOf(node));
                            return "signed in";
                        } catch (HallException e) {
                            return e.code();
                        }
                    });
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> outcome : threads.invokeAll(signIns)) {
                    outcomes.add(outcome.get());
                }
                outcomes.sort(null);
                assertEquals("counter " + counter, List.of("illegal_action", "signed in"), outcomes);
                assertEquals("counter " + counter, 1, openSignIns(TestPostgres.dataSource(url), counter));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static int openSignIns(DataSource dataSource, int counter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM counter_session WHERE counter_no = ? AND signed_out_at IS NULL")) {
            query.setInt(1, counter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
