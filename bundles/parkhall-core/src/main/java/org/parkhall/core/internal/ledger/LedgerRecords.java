package org.parkhall.core.internal.ledger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parkhall.api.Ledger;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.cases.CaseSiteRecords;
import org.parkhall.core.internal.store.Times;

/**
 * Rows of the append-only work ledger. There is deliberately no update or delete here: an entry, once written in
 * the transaction of the change it records, stays as it is.
 */
public final class LedgerRecords {
    private static final String SELECT = "SELECT seq, occurred_at, actor, action, subject, data FROM ledger_event";

    private LedgerRecords() {
    }

    /** Appends an event on {@code connection}, inside the caller's transaction. {@code data} is masked JSON. */
    public static void append(Connection connection, Instant time, String actor, String action, String subject,
            String data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_event (occurred_at, actor, action, subject, data) VALUES (?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(time), Times.utc());
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, subject);
            insert.setString(5, data);
            insert.executeUpdate();
        }
    }

    /** The newest {@code limit} events {@code scope} sees, newest first. */
    public static List<LedgerEvent> recent(Connection connection, int limit, SiteScope scope) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE " + within(scope, values)
                + " ORDER BY seq DESC")) {
            bind(query, 1, values);
            query.setMaxRows(limit);
            return events(query);
        }
    }

    /** The events about one subject (a case number, an item code), oldest first. */
    public static List<LedgerEvent> about(Connection connection, String subject) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE subject = ? ORDER BY seq")) {
            query.setString(1, subject);
            return events(query);
        }
    }

    /**
     * Hands every event from {@code from} (included) to {@code to} (excluded) to {@code sink}, oldest first, reading
     * the rows as the sink takes them (index order, no sort). Returns how many there were.
     */
    public static long between(Connection connection, Instant from, Instant to, SiteScope scope, Ledger.Sink sink)
            throws SQLException, IOException {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE occurred_at >= ? AND occurred_at"
                + " < ? AND " + within(scope, values) + " ORDER BY occurred_at, seq")) {
            query.setTimestamp(1, Timestamp.from(from), Times.utc());
            query.setTimestamp(2, Timestamp.from(to), Times.utc());
            bind(query, 3, values);
            query.setFetchSize(500);
            long count = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sink.accept(event(rows));
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * The events {@code scope} sees: for a site admin those about a case of their sites (a case's entries name it as
     * their subject); floor and account entries record no site and are the county admin's.
     */
    private static String within(SiteScope scope, List<Object> values) {
        if (scope.sites().isEmpty()) {
            return "1 = 1";
        }
        return "subject IN (SELECT case_no FROM case_file WHERE " + CaseSiteRecords.within(scope, values) + ")";
    }

    private static void bind(PreparedStatement query, int first, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            query.setObject(first + i, values.get(i));
        }
    }

    private static List<LedgerEvent> events(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<LedgerEvent> events = new ArrayList<>();
            while (rows.next()) {
                events.add(event(rows));
            }
            return events;
        }
    }

    private static LedgerEvent event(ResultSet rows) throws SQLException {
        return new LedgerEvent(rows.getLong("seq"), Times.instant(rows, "occurred_at"), rows.getString("actor"),
                rows.getString("action"), rows.getString("subject"), rows.getString("data"));
    }
}
