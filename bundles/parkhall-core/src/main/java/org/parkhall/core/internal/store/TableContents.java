package org.parkhall.core.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.parkhall.api.TableContent;

/**
 * The hall's tables as the store's own catalog lists them (so a table a migration adds is never left out of a copy
 * or a check), in the order their foreign keys need, and what each holds as a row count and an order-independent
 * checksum: the sum of a SHA-256 of every row's values written the same way on Derby and PostgreSQL.
 */
final class TableContents {
    /**
     * Tables that are the store's bookkeeping, not the hall's data: a target keeps its own record of the migrations
     * it ran, and the schema lock table exists on Derby only.
     */
    static final Set<String> BOOKKEEPING = Set.of("schema_version", "schema_lock");

    private TableContents() {
    }

    /** The hall's tables in lower case, every table before the tables that refer to it. */
    static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> names = new TreeSet<>();
        try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!BOOKKEEPING.contains(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String table : names) {
            Set<String> referred = new HashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, connection.getSchema(), stored(meta, table))) {
                while (keys.next()) {
                    referred.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            referred.remove(table);
            refersTo.put(table, referred);
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < names.size()) {
            int before = ordered.size();
            for (String table : names) {
                if (!ordered.contains(table) && ordered.containsAll(refersTo.get(table))) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new SQLException("the tables' foreign keys form a cycle: " + refersTo);
            }
        }
        return new ArrayList<>(ordered);
    }

    /**
     * Holds every one of {@code tables} with a share lock until the caller's transaction ends: others keep reading,
     * writes wait, so what the caller reads is one moment of the hall.
     */
    static void hold(Connection connection, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE " + table + " IN SHARE MODE");
            }
        }
    }

    /** What every table of the hall holds now, read in the caller's transaction at one moment. */
    static List<TableContent> of(Connection connection) throws SQLException {
        List<TableContent> contents = new ArrayList<>();
        List<String> tables = tables(connection);
        hold(connection, tables);
        for (String table : tables) {
            contents.add(of(connection, table));
        }
        return contents;
    }

    static TableContent of(Connection connection, String table) throws SQLException {
        Digest digest = new Digest(table);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                while (rows.next()) {
                    digest.add(rows);
                }
            }
        }
        return digest.content();
    }

    /** A name as the catalog stores it: Derby upper case, PostgreSQL lower case. */
    static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** Rows added one by one, counted and summed. */
    static final class Digest {
        private final String table;
        private final MessageDigest sha256;
        private long rows;
        private long sum;
        private String[] names;
        private int[] indexes;
        private int[] types;

        Digest(String table) {
            this.table = table;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        /**
         * Adds the current row of {@code row} (one result set per digest), its columns taken in the order of their
         * names, so both stores' column order may differ.
         */
        void add(ResultSet row) throws SQLException {
            if (names == null) {
                ResultSetMetaData columns = row.getMetaData();
                TreeMap<String, Integer> byName = new TreeMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    byName.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), i);
                }
                names = byName.keySet().toArray(String[]::new);
                indexes = byName.values().stream().mapToInt(Integer::intValue).toArray();
                types = new int[indexes.length];
                for (int i = 0; i < indexes.length; i++) {
                    types[i] = columns.getColumnType(indexes[i]);
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                String value = canonical(row, indexes[i], types[i]);
                text.append(names[i]).append('=').append(value == null ? "\u0000" : value.length() + ":" + value)
                        .append(';');
            }
            byte[] hash = sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8));
            long first = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                first = first << 8 | (hash[i] & 0xff);
            }
            sum += first;
            rows++;
        }

        TableContent content() {
            return new TableContent(table, rows, String.format("%016x", sum));
        }
    }

    /**
     * A value written the same way whichever store it comes from: times as UTC instants (the hall stores them in
     * UTC) to the microsecond, PostgreSQL's precision (Derby keeps nanoseconds, which a copy cannot carry), days as ISO dates, numbers and truth values as Java writes them; null for NULL.
     */
    static String canonical(ResultSet row, int column, int type) throws SQLException {
        String value = switch (type) {
            case Types.TIMESTAMP -> {
                Timestamp time = row.getTimestamp(column, Times.utc());
                yield time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
            }
            case Types.BOOLEAN, Types.BIT -> String.valueOf(row.getBoolean(column));
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> String.valueOf(row.getLong(column));
            default -> row.getString(column);
        };
        return row.wasNull() ? null : value;
    }
}
