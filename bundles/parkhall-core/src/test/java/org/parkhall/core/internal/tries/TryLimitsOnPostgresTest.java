package org.parkhall.core.internal.tries;

import static org.junit.Assert.assertEquals;

import java.sql.SQLException;
import java.time.Clock;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;

/** Two nodes on one PostgreSQL database count one set of wrong tries: guesses spread over them get no more checks. */
public class TryLimitsOnPostgresTest {
    private String url;
    private StoredTryLimits nodeA;
    private StoredTryLimits nodeB;

    @Before
    public void twoNodes() throws SQLException {
        url = TestPostgres.freshDatabase("shared_tries");
        nodeA = new StoredTryLimits(new Database(TestPostgres.dataSource(url)), Clock.systemUTC());
        nodeB = new StoredTryLimits(new Database(TestPostgres.dataSource(url)), Clock.systemUTC());
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    /** 32 wrong passwords at once, half through each node, 10 rounds: exactly five are checked before the lock. */
    @Test
    public void wrongPasswordsSpreadOverTwoNodesGetFiveChecksInAll() throws Exception {
        for (int round = 0; round < 10; round++) {
            assertEquals("round " + round, 5,
                    StoredTryLimitsTest.checkedOfConcurrentWrongTries(nodeA, nodeB, "wang" + round, 32));
        }
    }
}
