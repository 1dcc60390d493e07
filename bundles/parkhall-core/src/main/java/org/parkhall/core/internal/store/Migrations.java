package org.parkhall.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered schema migrations {@code db/migration/001.sql}, {@code 002.sql}, … in order, each in its own
 * transaction, and records each in {@code schema_version}, all under the {@link SchemaLock} so that nodes starting
 * together migrate once. A migration once released is never edited: changes come as the next number.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String VERSION_TABLE = "schema_version";

    private final ClassLoader resources;
    private final Clock clock;

    Migrations(ClassLoader resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * Brings the schema up to the newest migration and returns its number, holding the schema lock on
     * {@code lock} (a connection of its own: the migrations commit as they go).
     */
    int migrate(Connection lock, Connection connection) throws SQLException {
        try (SchemaLock held = SchemaLock.take(lock)) {
            return migrate(connection);
        }
    }

    private int migrate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        ensureVersionTable(connection);
        int current = currentVersion(connection);
        for (int next = current + 1; ; next++) {
            URL script = resources.getResource(String.format("db/migration/%03d.sql", next));
            if (script == null) {
                connection.commit();
                return next - 1;
            }
            apply(connection, next, read(script));
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void apply(Connection connection, int version, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO " + VERSION_TABLE + " (version, applied_at) VALUES (?, ?)")) {
                record.setInt(1, version);
                record.setTimestamp(2, Timestamp.from(clock.instant()), Times.utc());
                record.executeUpdate();
            }
            connection.commit();
            LOG.info("Applied schema migration {}", version);
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("schema migration " + version + " failed and was rolled back: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? VERSION_TABLE.toUpperCase(Locale.ROOT) : VERSION_TABLE;
        try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + VERSION_TABLE
                    + " (version INT PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    /** Splits a script on semicolons that end a line; drops comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration script ends without ';': " + current.toString().strip());
        }
        return statements;
    }

    private static String read(URL script) {
        try (InputStream in = script.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
    }
}
