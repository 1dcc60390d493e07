package org.parkhall.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.parkhall.api.HallException;
import org.parkhall.api.StoreBackupReport;
import org.parkhall.api.TableContent;

/** An online backup of a Derby store on disk, and its check by restoring it into a scratch database. */
public class StoreBackupsTest {
    private static final Clock HALL = Clock.fixed(Instant.parse("2026-12-02T04:05:06Z"), ZoneId.of("Asia/Shanghai"));

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private EmbeddedDataSource store;
    private final List<String> progress = new ArrayList<>();

    @Before
    public void storeOnDisk() throws Exception {
        store = new EmbeddedDataSource();
        store.setDatabaseName(folder.getRoot().toPath().resolve("data/parkhall/derby").toString());
        store.setCreateDatabase("create");
        new Database(store, Clock.systemUTC());
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            EveryTableFilled.fill(connection);
        }
    }

    @Test
    public void aBackupRestoresToExactlyWhatTheStoreHeldWhenItWasMade() throws Exception {
        List<TableContent> atBackup = contents();
        Path under = folder.newFolder("backups").toPath();
        StoreBackupReport report;
        try (Connection connection = store.getConnection()) {
            report = StoreBackups.backup(connection, under, HALL, progress::add);
        }
        assertEquals("dated in the hall's zone", under.resolve("parkhall-20261202-120506/derby"),
                report.directory());
        assertTrue(report.bytes() > 0);
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM rating_token");
            statement.executeUpdate("INSERT INTO ledger_event (occurred_at, actor, action, subject, data)"
                    + " VALUES (CURRENT_TIMESTAMP, 'later', 'TEST', 'X', '{}')");
        }
        assertNotEquals(atBackup, contents());

        List<TableContent> restored = StoreBackups.check(new EmbeddedDriver(), report.directory(), progress::add);
        assertEquals(atBackup, restored);
        assertTrue("the scratch database is gone", progress.stream().filter(line -> line.contains("scratch"))
                .map(line -> Path.of(line.split(" ")[1]).getParent()).noneMatch(Files::exists));
    }

    @Test
    public void aBackupInsideTheStoresFolderOrARelativeOneIsRefused() throws SQLException {
        try (Connection connection = store.getConnection()) {
            Path inside = folder.getRoot().toPath().resolve("data/parkhall/backups");
            HallException refused = assertThrows(HallException.class,
                    () -> StoreBackups.backup(connection, inside, HALL, progress::add));
            assertTrue(refused.text().en(), refused.text().en().contains("inside the store's own folder"));
            assertThrows(HallException.class, () -> StoreBackups.backup(connection, Path.of("backups"), HALL,
                    progress::add));
        }
        assertThrows(HallException.class, () -> StoreBackups.check(new EmbeddedDriver(),
                folder.getRoot().toPath(), progress::add));
    }

    private List<TableContent> contents() throws SQLException {
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return TableContents.of(connection);
            } finally {
                connection.rollback();
            }
        }
    }
}
