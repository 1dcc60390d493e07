package org.parkhall.core.internal.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.ReviewSteps;

/**
 * The review steps each item's handler declared when it last arrived (migration 021), kept like the item itself so
 * that a case's review holds to them while no handler is deployed.
 */
public final class ReviewStepsRecords {

    private ReviewStepsRecords() {
    }

    public static void save(Connection connection, String itemCode, ReviewSteps steps, Instant changedAt)
            throws SQLException {
        String json = Json.GSON.toJson(steps);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE item_review_steps SET steps = ?, changed_at = ? WHERE item_code = ?")) {
            update.setString(1, json);
            update.setTimestamp(2, Timestamp.from(changedAt), Times.utc());
            update.setString(3, itemCode);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO item_review_steps (steps, changed_at, item_code) VALUES (?, ?, ?)")) {
            insert.setString(1, json);
            insert.setTimestamp(2, Timestamp.from(changedAt), Times.utc());
            insert.setString(3, itemCode);
            insert.executeUpdate();
        }
    }

    /** What the item declared; {@link ReviewSteps#NONE} for an item whose handler declared nothing (SPI 1.3). */
    public static ReviewSteps of(Connection connection, String itemCode) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT steps FROM item_review_steps WHERE item_code = ?")) {
            query.setString(1, itemCode);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Json.GSON.fromJson(rows.getString(1), ReviewSteps.class) : ReviewSteps.NONE;
            }
        }
    }
}
