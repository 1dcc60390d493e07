package org.parkhall.core.internal.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkhall.core.internal.store.Times;

/**
 * The catalog as stored: each item as its department last described it, so an item stays listed (and its cases
 * readable) while no handler for it is deployed.
 */
public final class CatalogRecords {

    /** One stored item; {@code description} is the item as JSON. */
    public record Row(String code, String department, String description, String handlerBundle,
            String handlerVersion, Instant changedAt) {
    }

    private CatalogRecords() {
    }

    /** Inserts or replaces the stored description of an item. */
    public static void save(Connection connection, Row row) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE catalog_item SET department = ?, description = ?, handler_bundle = ?, handler_version = ?,"
                        + " changed_at = ? WHERE code = ?")) {
            bind(update, row);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalog_item (department, description, handler_bundle, handler_version, changed_at,"
                        + " code) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(insert, row);
            insert.executeUpdate();
        }
    }

    /** Records when an item last changed availability. */
    public static void touch(Connection connection, String code, Instant changedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE catalog_item SET changed_at = ? WHERE code = ?")) {
            update.setTimestamp(1, Timestamp.from(changedAt), Times.utc());
            update.setString(2, code);
            update.executeUpdate();
        }
    }

    public static List<Row> all(Connection connection) throws SQLException {
        return query(connection, "SELECT * FROM catalog_item ORDER BY code", null);
    }

    public static Optional<Row> find(Connection connection, String code) throws SQLException {
        return query(connection, "SELECT * FROM catalog_item WHERE code = ?", code).stream().findFirst();
    }

    private static List<Row> query(Connection connection, String sql, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (code != null) {
                query.setString(1, code);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<Row> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new Row(rows.getString("code"), rows.getString("department"),
                            rows.getString("description"), rows.getString("handler_bundle"),
                            rows.getString("handler_version"), Times.instant(rows, "changed_at")));
                }
                return result;
            }
        }
    }

    private static void bind(PreparedStatement statement, Row row) throws SQLException {
        statement.setString(1, row.department());
        statement.setString(2, row.description());
        statement.setString(3, row.handlerBundle());
        statement.setString(4, row.handlerVersion());
        statement.setTimestamp(5, Timestamp.from(row.changedAt()), Times.utc());
        statement.setString(6, row.code());
    }
}
