package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.SiteScope;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.DeliveryMode;

/**
 * A site admin's cases and ledger (roles by site, issue 15) are chosen in the query: a case taken, handled or
 * collected at their site, however many newer cases other sites have.
 */
public class SiteScopedCasesTest {
    private static final SiteScope PARK = new SiteScope(Set.of("PARK"));
    private static final SiteScope HQ = new SiteScope(Set.of("HQ"));
    private static final Instant START = Instant.parse("2026-12-02T01:00:00Z");

    private Database database;

    @Before
    public void aCountyOfThreeSites() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        store("PHPARK202612020001", "PARK", 0);
        // The town took this one and handed its papers to the county centre (收受分离).
        store("PHTOWN202612020001", "TOWN", 1);
        database.inTransaction(connection -> CaseSiteRecords.handOver(connection, "PHTOWN202612020001", "TOWN",
                "HQ"));
        for (int i = 1; i <= 3; i++) {
            store("PHHQ20261202000" + i, "HQ", 1 + i);
        }
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, START, "clerk", "STAFF_ADDED", "staff:someone", "{}");
            return null;
        });
    }

    @Test
    public void aSiteAdminFindsTheirSitesCasesEvenBehindNewerCasesOfOtherSites() {
        assertEquals(List.of("PHPARK202612020001"), numbers(search(PARK, 1)));
        assertEquals(List.of("PHHQ202612020003", "PHHQ202612020002", "PHHQ202612020001", "PHTOWN202612020001"),
                numbers(search(HQ, 10)));
        assertEquals(5, search(SiteScope.COUNTY, 10).size());
        assertEquals(List.of("PHPARK202612020001", "PHTOWN202612020001"),
                numbers(search(new SiteScope(Set.of("PARK", "TOWN")), 10)).stream().sorted().toList());
    }

    @Test
    public void aSiteAdminsSearchTextStillAppliesWithinTheirSite() {
        assertEquals(List.of(), numbers(database.read(connection -> CaseRecords.search(connection,
                new CaseQuery("PHHQ202612020001", "", "", null, 10), PARK, any -> TimeStatus.NONE))));
        assertEquals(List.of("PHHQ202612020001"), numbers(database.read(connection -> CaseRecords.search(
                connection, new CaseQuery("PHHQ202612020001", "", "", null, 10), HQ, any -> TimeStatus.NONE))));
    }

    @Test
    public void aSiteAdminsLedgerHoldsTheirSitesCasesEntriesNewestFirst() {
        assertEquals(List.of("PHPARK202612020001"), subjects(database.read(connection -> LedgerRecords.recent(
                connection, 1, PARK))));
        assertEquals(List.of("PHHQ202612020003", "PHHQ202612020002", "PHHQ202612020001", "PHTOWN202612020001"),
                subjects(database.read(connection -> LedgerRecords.recent(connection, 10, HQ))));
        assertEquals(6, database.read(connection -> LedgerRecords.recent(connection, 10, SiteScope.COUNTY)).size());
    }

    @Test
    public void aSiteAdminsLedgerExportHoldsTheirSitesCasesEntriesOldestFirst() {
        assertEquals(List.of("PHTOWN202612020001", "PHHQ202612020001", "PHHQ202612020002", "PHHQ202612020003"),
                subjects(between(HQ)));
        assertEquals(List.of("PHPARK202612020001"), subjects(between(PARK)));
        assertEquals(6, between(SiteScope.COUNTY).size());
    }

    private List<CaseFile> search(SiteScope scope, int limit) {
        return database.read(connection -> CaseRecords.search(connection, CaseQuery.all(limit), scope,
                any -> TimeStatus.NONE));
    }

    private List<LedgerEvent> between(SiteScope scope) {
        List<LedgerEvent> events = new ArrayList<>();
        database.read(connection -> {
            try {
                return LedgerRecords.between(connection, START.minus(1, ChronoUnit.DAYS),
                        START.plus(1, ChronoUnit.DAYS), scope, events::add);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return events;
    }

    private static List<String> numbers(List<CaseFile> files) {
        return files.stream().map(CaseFile::number).toList();
    }

    private static List<String> subjects(List<LedgerEvent> events) {
        return events.stream().map(LedgerEvent::subject).toList();
    }

    /** A case taken at {@code site}, {@code minutes} after the first, with its intake's ledger entry. */
    private void store(String number, String site, int minutes) {
        Instant at = START.plus(minutes, ChronoUnit.MINUTES);
        CaseFile file = new CaseFile(number, "amr-001", "有限责任公司设立登记", "amr", "", List.of(),
                CaseState.SUPPLEMENT_REQUIRED, new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
                        "13812345678"), Set.of(), Map.of(), new DeliveryChoice(DeliveryMode.WINDOW_PICKUP, ""),
                "WINDOW", List.of(), "", "", "", null, null, null, TimeStatus.NONE, at, at);
        database.inTransaction(connection -> {
            CaseRecords.insert(connection, file, site);
            LedgerRecords.append(connection, at, "clerk", "CASE_SUPPLEMENT_REQUIRED", number, "{}");
            return null;
        });
    }
}
