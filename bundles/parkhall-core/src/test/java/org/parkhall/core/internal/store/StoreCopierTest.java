package org.parkhall.core.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.HallException;
import org.parkhall.api.TableContent;

/** A Derby store copied into an empty PostgreSQL database (the server of {@link TestPostgres}). */
public class StoreCopierTest {
    private DataSource derby;
    private String url;
    private DataSource postgres;
    private final List<String> progress = new ArrayList<>();

    @Before
    public void stores() throws SQLException {
        derby = InMemoryDerby.fresh();
        new Database(derby, Clock.systemUTC());
        try (Connection connection = derby.getConnection()) {
            connection.setAutoCommit(false);
            EveryTableFilled.fill(connection);
        }
        url = TestPostgres.freshDatabase("storecopy");
        postgres = TestPostgres.dataSource(url);
    }

    @After
    public void dropTarget() throws SQLException {
        if (url != null) {
            TestPostgres.drop(url);
        }
    }

    @Test
    public void everyTableOfTheSchemaArrivesRowForRowAndNewRowsTakeNewIds() throws SQLException {
        List<TableContent> copied = copy();
        List<TableContent> source = contents(derby);
        assertEquals("every table, as the source's catalog lists it", source, copied);
        assertEquals("and as the target's catalog lists it", source, contents(postgres));
        for (TableContent table : copied) {
            assertEquals(table.table(), EveryTableFilled.ROWS, table.rows());
        }
        assertTrue(progress.toString(), progress.get(progress.size() - 1).contains("identity counters"));
        try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ledger_event (occurred_at, actor, action, subject, data)"
                    + " VALUES (CURRENT_TIMESTAMP, 'test', 'TEST', 'X', '{}')");
            try (ResultSet rows = statement.executeQuery("SELECT MAX(seq) FROM ledger_event")) {
                rows.next();
                assertEquals("past the copied ids", EveryTableFilled.ROWS + 1, rows.getLong(1));
            }
        }
    }

    @Test
    public void aTargetHoldingAnyRowIsRefusedAndKeepsWhatItHad() throws SQLException {
        copy();
        List<TableContent> before = contents(postgres);
        HallException refused = assertThrows(HallException.class, this::copy);
        assertEquals("conflict", refused.code());
        assertTrue(refused.text().zh(), refused.text().zh().contains("目标库不是空的"));
        assertEquals(before, contents(postgres));
    }

    @Test
    public void theChecksumSeesOneChangedValueButNotTheOrderOfRows() throws SQLException {
        TableContent original = dayCounters();
        try (Connection connection = derby.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE day_counter SET last_number = last_number + 1 WHERE counter_day = ("
                    + "SELECT MIN(counter_day) FROM day_counter)");
        }
        TableContent changed = dayCounters();
        assertEquals(original.rows(), changed.rows());
        assertNotEquals(original.checksum(), changed.checksum());

        TableContents.Digest forwards = new TableContents.Digest("t");
        TableContents.Digest backwards = new TableContents.Digest("t");
        try (Connection connection = derby.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT * FROM day_counter ORDER BY counter_key")) {
                while (rows.next()) {
                    forwards.add(rows);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT * FROM day_counter ORDER BY counter_key DESC")) {
                while (rows.next()) {
                    backwards.add(rows);
                }
            }
        }
        assertEquals(forwards.content(), backwards.content());
    }

    private List<TableContent> copy() throws SQLException {
        try (Connection source = derby.getConnection(); Connection lock = postgres.getConnection();
             Connection target = postgres.getConnection()) {
            source.setAutoCommit(false);
            try {
                return new StoreCopier(Clock.systemUTC(), progress::add).copy(source, lock, target);
            } finally {
                source.rollback();
            }
        }
    }

    private static List<TableContent> contents(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return TableContents.of(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    private TableContent dayCounters() throws SQLException {
        return contents(derby).stream().filter(table -> table.table().equals("day_counter")).findFirst().orElseThrow();
    }
}
