package org.parkhall.core.internal.cases;

import java.sql.SQLException;
import java.time.LocalDate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two nodes on one PostgreSQL database, an approver on each, claim the same case at the same moment: one holds it
 * and the other is refused every time — the claim's primary key decides, not a read before the write.
 */
public class CaseClaimOnPostgresTest {
    private String url;

    @Before
    public void emptyDatabase() {
        url = TestPostgres.freshDatabase("claim");
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) {
            TestPostgres.drop(url);
        }
    }

    @Test
    public void twoClaimsFromTwoNodesAtOnceLeaveOneHolder() throws Exception {
        LocalDate today = LocalDate.of(2026, 9, 23);
        ReviewBench first = new ReviewBench(TestPostgres.dataSource(url), today);
        ReviewBench second = new ReviewBench(TestPostgres.dataSource(url), today);
        ClaimRace.run(first, second, 20);
    }
}
