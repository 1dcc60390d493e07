package org.parkhall.core.internal.cases;

import java.time.LocalDate;

import org.junit.Test;
import org.parkhall.core.internal.store.InMemoryDerby;

/** Two approvers claiming one case at once on Derby: the primary key of the claim decides, never both. */
public class CaseClaimRaceTest {

    @Test
    public void twoClaimsAtOnceLeaveOneHolder() throws Exception {
        ReviewBench hall = new ReviewBench(InMemoryDerby.fresh(), LocalDate.of(2026, 9, 23));
        ClaimRace.run(hall, hall, 20);
    }
}
