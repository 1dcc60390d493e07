package org.parkhall.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.catalog.CatalogRecords;
import org.parkhall.core.internal.ledger.LedgerRecords;

public class DatabaseTest {
    private static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");

    private EmbeddedDataSource dataSource;
    private Database database;

    @Before
    public void createDatabase() throws SQLException {
        dataSource = InMemoryDerby.fresh();
        database = new Database(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void migratesAnEmptyDatabaseToTheNewestSchemaOnce() throws SQLException {
        assertTrue(database.schemaVersion() >= 1);
        Database again = new Database(dataSource, Clock.systemUTC());
        assertEquals(database.schemaVersion(), again.schemaVersion());
        assertTrue(database.product().startsWith("Apache Derby"));
    }

    @Test
    public void aFailedTransactionLeavesNothingBehind() {
        assertThrows(StoreException.class, () -> database.inTransaction(connection -> {
            LedgerRecords.append(connection, NOW, "clerk", "TEST", "X-1", "{}");
            connection.createStatement().execute("INSERT INTO no_such_table VALUES (1)");
            return null;
        }));
        assertTrue(database.read(connection -> LedgerRecords.recent(connection, 10, SiteScope.COUNTY)).isEmpty());
    }

    @Test
    public void ledgerKeepsEventsInOrderWithUtcTimes() {
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, NOW, "bundle:a", "HANDLER_ARRIVED", "AMR-BL-01", "{}");
            LedgerRecords.append(connection, NOW.plusSeconds(5), "bundle:a", "HANDLER_DEPARTED", "AMR-BL-01", "{}");
            return null;
        });
        List<LedgerEvent> events = database.read(connection -> LedgerRecords.recent(connection, 10, SiteScope.COUNTY));
        assertEquals(List.of("HANDLER_DEPARTED", "HANDLER_ARRIVED"), events.stream().map(LedgerEvent::action).toList());
        assertEquals(NOW.plusSeconds(5), events.get(0).time());
        assertTrue(events.get(0).sequence() > events.get(1).sequence());
    }

    @Test
    public void catalogRowsAreSavedReplacedAndTouched() {
        CatalogRecords.Row row = new CatalogRecords.Row("AMR-BL-01", "amr", "{\"v\":1}", "dept.amr", "1.0.0", NOW);
        database.inTransaction(connection -> {
            CatalogRecords.save(connection, row);
            CatalogRecords.save(connection, new CatalogRecords.Row("AMR-BL-01", "amr", "{\"v\":2}", "dept.amr",
                    "1.1.0", NOW));
            CatalogRecords.touch(connection, "AMR-BL-01", NOW.plusSeconds(60));
            return null;
        });
        List<CatalogRecords.Row> rows = database.read(CatalogRecords::all);
        assertEquals(1, rows.size());
        assertEquals("{\"v\":2}", rows.get(0).description());
        assertEquals("1.1.0", rows.get(0).handlerVersion());
        assertEquals(NOW.plusSeconds(60), rows.get(0).changedAt());
    }

    @Test
    public void scriptsSplitOnLineEndingSemicolonsAndSkipComments() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX b ON a (x)"),
                Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX b ON a (x);\n"));
        assertThrows(IllegalStateException.class, () -> Migrations.statements("CREATE TABLE a (x INT)"));
    }
}
