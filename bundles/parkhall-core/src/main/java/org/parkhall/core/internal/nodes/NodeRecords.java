package org.parkhall.core.internal.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parkhall.core.internal.store.Times;

/**
 * The nodes and what they serve, as stored (migration 017). A node is live while it has not left and was seen after
 * a moment the caller names. An item's release (item, bundle, version) is in the county from its first node's
 * arrival until the last live node lets it go; a node stopping keeps its rows, so its restart is no arrival.
 */
public final class NodeRecords {
    private static final String LIVE = "SELECT name FROM hall_node WHERE left_at IS NULL AND last_seen >= ?";

    /** An item's release on a node: which bundle, at which version, serves it. */
    public record Release(String itemCode, String bundle, String version) {
    }

    private NodeRecords() {
    }

    /** Marks {@code node} started (or started again); whether a live node of that name was there already. */
    static boolean start(Connection connection, String node, Instant now, Instant liveAfter) throws SQLException {
        boolean taken;
        try (PreparedStatement select = connection.prepareStatement(LIVE + " AND name = ?")) {
            select.setTimestamp(1, Timestamp.from(liveAfter), Times.utc());
            select.setString(2, node);
            try (ResultSet rows = select.executeQuery()) {
                taken = rows.next();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE hall_node SET started_at = ?, last_seen = ?, left_at = NULL WHERE name = ?")) {
            update.setTimestamp(1, Timestamp.from(now), Times.utc());
            update.setTimestamp(2, Timestamp.from(now), Times.utc());
            update.setString(3, node);
            if (update.executeUpdate() == 1) {
                return taken;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO hall_node (name, started_at, last_seen) VALUES (?, ?, ?)")) {
            insert.setString(1, node);
            insert.setTimestamp(2, Timestamp.from(now), Times.utc());
            insert.setTimestamp(3, Timestamp.from(now), Times.utc());
            insert.executeUpdate();
        }
        return false;
    }

    static void seen(Connection connection, String node, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE hall_node SET last_seen = ? WHERE name = ? AND left_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(now), Times.utc());
            update.setString(2, node);
            update.executeUpdate();
        }
    }

    static void left(Connection connection, String node, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE hall_node SET left_at = ? WHERE name = ?")) {
            update.setTimestamp(1, Timestamp.from(now), Times.utc());
            update.setString(2, node);
            update.executeUpdate();
        }
    }

    /**
     * Records {@code release} served on {@code node}; true when it is new to the county (no node, live or stopped,
     * holds it), which is an arrival worth the ledger.
     */
    public static boolean arrive(Connection connection, String node, Release release, Instant now)
            throws SQLException {
        lock(connection);
        List<String> holding = holders(connection, release, null);
        if (!holding.contains(node)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node_item (node_name, item_code,"
                    + " handler_bundle, handler_version, since) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, node);
                bind(insert, 2, release);
                insert.setTimestamp(5, Timestamp.from(now), Times.utc());
                insert.executeUpdate();
            }
        }
        return holding.isEmpty();
    }

    /**
     * Records {@code release} gone from {@code node}; true when no other live node serves it any more, which is a
     * departure worth the ledger: then the rows stopped or silent nodes kept of it go too.
     */
    public static boolean depart(Connection connection, String node, Release release, Instant liveAfter)
            throws SQLException {
        lock(connection);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM node_item WHERE node_name = ? AND"
                + " item_code = ? AND handler_bundle = ? AND handler_version = ?")) {
            delete.setString(1, node);
            bind(delete, 2, release);
            delete.executeUpdate();
        }
        if (!holders(connection, release, liveAfter).isEmpty()) {
            return false;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM node_item WHERE item_code = ? AND"
                + " handler_bundle = ? AND handler_version = ?")) {
            bind(delete, 1, release);
            delete.executeUpdate();
        }
        return true;
    }

    /** The live nodes serving each item, by item code, names in order. */
    public static Map<String, List<String>> servedOn(Connection connection, Instant liveAfter) throws SQLException {
        Map<String, List<String>> served = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT item_code, node_name FROM"
                + " node_item WHERE node_name IN (" + LIVE + ") ORDER BY item_code, node_name")) {
            select.setTimestamp(1, Timestamp.from(liveAfter), Times.utc());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    served.computeIfAbsent(rows.getString(1), code -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return served;
    }

    /** The nodes holding {@code release}: every one, or with {@code liveAfter} the live ones only. */
    private static List<String> holders(Connection connection, Release release, Instant liveAfter)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT node_name FROM node_item WHERE"
                + " item_code = ? AND handler_bundle = ? AND handler_version = ?"
                + (liveAfter == null ? "" : " AND node_name IN (" + LIVE + ")"))) {
            bind(select, 1, release);
            if (liveAfter != null) {
                select.setTimestamp(4, Timestamp.from(liveAfter), Times.utc());
            }
            List<String> nodes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    nodes.add(rows.getString(1));
                }
            }
            return nodes;
        }
    }

    /** Arrivals and departures one at a time across the nodes: two first arrivals at once would both be first. */
    private static void lock(Connection connection) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE node_item IN EXCLUSIVE MODE");
        }
    }

    private static void bind(PreparedStatement statement, int first, Release release) throws SQLException {
        statement.setString(first, release.itemCode());
        statement.setString(first + 1, release.bundle());
        statement.setString(first + 2, release.version());
    }
}
