package org.parkhall.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.postgresql.ds.PGSimpleDataSource;

/** The store on PostgreSQL (the server of {@link TestPostgres}): migrations from an empty database, a lost server. */
public class PostgresStoreTest {
    private static final int NODES = 3;

    private String url;
    private DataSource dataSource;

    @Before
    public void emptyDatabase() {
        url = TestPostgres.freshDatabase("migrations");
        dataSource = TestPostgres.dataSource(url);
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) { // none was made when the server is missing
            TestPostgres.drop(url);
        }
    }

    /**
     * Nodes starting at one moment: while the schema lock is taken (as by a node that got there first) they all
     * wait; let go, they race for it, and every one comes up on the newest schema with each migration applied once.
     */
    @Test
    public void nodesStartingTogetherMigrateOnceAndAllComeUp() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try (Connection first = dataSource.getConnection()) {
            List<Future<Database>> started = new ArrayList<>();
            try (SchemaLock held = SchemaLock.take(first)) {
                for (int node = 0; node < NODES; node++) {
                    started.add(nodes.submit(() -> new Database(TestPostgres.dataSource(url), Clock.systemUTC())));
                }
                Thread.sleep(1500);
                assertTrue("the nodes wait for the lock", started.stream().noneMatch(Future::isDone));
                assertFalse("nothing migrated while the lock is held", exists("schema_version"));
            }
            int newest = -1;
            for (Future<Database> node : started) {
                Database database = node.get(60, TimeUnit.SECONDS); // throws if a node failed to come up
                assertTrue(database.product().startsWith("PostgreSQL"));
                newest = newest < 0 ? database.schemaVersion() : newest;
                assertEquals(newest, database.schemaVersion());
            }
            assertEquals("the number of migrations shipped", migrationsShipped(), newest);
            try (Statement statement = first.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT COUNT(*), COUNT(DISTINCT version), MIN(version) FROM schema_version")) {
                rows.next();
                assertEquals("each migration recorded once", newest, rows.getInt(1));
                assertEquals(newest, rows.getInt(2));
                assertEquals(1, rows.getInt(3));
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    /** Every migration's schema works: a node started after the others finds it whole and migrates nothing. */
    @Test
    public void aLaterNodeFindsTheSchemaWholeAndTheStoreWorks() throws SQLException {
        Database first = new Database(dataSource, Clock.systemUTC());
        Database later = new Database(TestPostgres.dataSource(url), Clock.systemUTC());
        assertEquals(first.schemaVersion(), later.schemaVersion());
        later.inTransaction(connection -> {
            LedgerRecords.append(connection, Instant.now(), "test", "TEST", "X-1", "{}");
            return null;
        });
        assertEquals(1, first.read(connection -> LedgerRecords.recent(connection, 5, SiteScope.COUNTY)).size());
    }

    /** The server gone away (here: the pool's address now names a port nothing listens on): unavailable, not an error. */
    @Test
    public void aServerGoneAwayIsRefusedAsUnavailable() throws SQLException {
        PGSimpleDataSource gone = TestPostgres.dataSource(url);
        Database database = new Database(gone);
        try (ServerSocket socket = new ServerSocket(0)) {
            gone.setPortNumbers(new int[] {socket.getLocalPort()});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (SqlWork<?> work : List.<SqlWork<?>>of(connection -> LedgerRecords.recent(connection, 1, SiteScope.COUNTY),
                connection -> {
                    LedgerRecords.append(connection, Instant.now(), "test", "TEST", "X-1", "{}");
                    return null;
                })) {
            HallException refused = assertThrows(HallException.class, () -> database.inTransaction(work));
            assertEquals(ErrorCode.UNAVAILABLE, refused.error());
            refused = assertThrows(HallException.class, () -> database.read(work));
            assertEquals(ErrorCode.UNAVAILABLE, refused.error());
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static int migrationsShipped() {
        int count = 0;
        while (Database.class.getClassLoader().getResource(String.format("db/migration/%03d.sql", count + 1)) != null) {
            count++;
        }
        return count;
    }
}
