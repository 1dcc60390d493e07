package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills every table of a migrated store with a few rows made from its columns as the catalog describes them (Chinese
 * text, times to the nanosecond, a NULL in every nullable column of one row, foreign keys to rows of the referred
 * table), so a test of a whole-store copy covers a table a migration adds without being told.
 */
final class EveryTableFilled {
    static final int ROWS = 3;

    private EveryTableFilled() {
    }

    static void fill(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : TableContents.tables(connection)) {
            Map<String, Boolean> foreignKeys = new HashMap<>();
            try (ResultSet keys = meta.getImportedKeys(null, connection.getSchema(),
                    TableContents.stored(meta, table))) {
                while (keys.next()) {
                    foreignKeys.put(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), true);
                }
            }
            List<String> names = new ArrayList<>();
            List<int[]> shapes = new ArrayList<>(); // type, size, nullable
            try (ResultSet columns = meta.getColumns(null, connection.getSchema(), TableContents.stored(meta, table),
                    "%")) {
                while (columns.next()) {
                    if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
                        continue;
                    }
                    names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    shapes.add(new int[] {columns.getInt("DATA_TYPE"), columns.getInt("COLUMN_SIZE"),
                            columns.getInt("NULLABLE")});
                }
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + "?, ".repeat(names.size() - 1) + "?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int row = 1; row <= ROWS; row++) {
                    for (int i = 0; i < names.size(); i++) {
                        int[] shape = shapes.get(i);
                        boolean nulled = row == 2 && shape[2] == DatabaseMetaData.columnNullable;
                        if (nulled) {
                            insert.setNull(i + 1, shape[0]);
                        } else if (foreignKeys.containsKey(names.get(i))) {
                            insert.setLong(i + 1, row);
                        } else {
                            set(insert, i + 1, shape[0], shape[1], row);
                        }
                    }
                    insert.executeUpdate();
                }
            }
        }
        connection.commit();
    }

    private static void set(PreparedStatement insert, int index, int type, int size, int row) throws SQLException {
        switch (type) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> insert.setLong(index, 100 + row);
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, row % 2 == 1);
            case Types.DATE -> insert.setDate(index, Date.valueOf(LocalDate.of(2026, 3, row)));
            case Types.TIMESTAMP -> insert.setTimestamp(index, Timestamp.from(
                    Instant.parse("2026-03-01T23:59:58.123456789Z").plusSeconds(row * 3600L)), Times.utc());
            default -> {
                String text = size < 4 ? String.valueOf((char) ('A' + row)) : "张三" + row + "号 Zhang";
                text = text.substring(0, Math.min(size, text.length()));
                insert.setString(index, text);
            }
        }
    }
}
