package org.parkhall.core.internal.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.parkhall.api.CounterPause;
import org.parkhall.api.PauseReason;
import org.parkhall.core.internal.store.Times;

/** Sign-ins at the counters: the attendance record, and the counter's count of priority calls in a row. */
final class CounterSessions {

    /** An open sign-in; {@code pause} null while the counter serves. */
    record Session(long id, int counter, String staff, Instant since, int priorityCallsInRow, CounterPause pause) {
    }

    private CounterSessions() {
    }

    /**
     * The counter's open sign-in, its row locked for the rest of the transaction, so one counter's calls never
     * run side by side.
     */
    static Optional<Session> lockOpen(Connection connection, String site, int counter) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE counter_session SET priority_calls_in_row"
                + " = priority_calls_in_row WHERE site_code = ? AND counter_no = ? AND signed_out_at IS NULL")) {
            lock.setString(1, site);
            lock.setInt(2, counter);
            lock.executeUpdate();
        }
        return open(connection, site, counter);
    }

    /** How many of {@code counters} are signed in and serving (not paused) now, in one query. */
    static int openAmong(Connection connection, String site, List<Integer> counters) throws SQLException {
        if (counters.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(counters.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(DISTINCT counter_no) FROM"
                + " counter_session WHERE site_code = ? AND signed_out_at IS NULL AND paused_at IS NULL"
                + " AND counter_no IN (" + marks + ")")) {
            query.setString(1, site);
            for (int i = 0; i < counters.size(); i++) {
                query.setInt(i + 2, counters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static Optional<Session> open(Connection connection, String site, int counter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, staff, signed_in_at,"
                + " priority_calls_in_row, paused_reason, paused_note, paused_at FROM counter_session"
                + " WHERE site_code = ? AND counter_no = ? AND signed_out_at IS NULL")) {
            query.setString(1, site);
            query.setInt(2, counter);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String reason = rows.getString("paused_reason");
                CounterPause pause = reason == null ? null : new CounterPause(PauseReason.valueOf(reason),
                        rows.getString("paused_note"), Times.instant(rows, "paused_at"));
                return Optional.of(new Session(rows.getLong(1), counter, rows.getString(2),
                        Times.instant(rows, "signed_in_at"), rows.getInt(4), pause));
            }
        }
    }

    /** Pauses the sign-in ({@code pause} given) or lets it serve again ({@code pause} null). */
    static void pause(Connection connection, long session, CounterPause pause) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE counter_session SET paused_reason = ?,"
                + " paused_note = ?, paused_at = ? WHERE id = ?")) {
            update.setString(1, pause == null ? null : pause.reason().name());
            update.setString(2, pause == null ? null : pause.note());
            update.setTimestamp(3, pause == null ? null : Timestamp.from(pause.since()), Times.utc());
            update.setLong(4, session);
            update.executeUpdate();
        }
    }

    static void signIn(Connection connection, String site, int counter, String staff, Instant at)
            throws SQLException {
        // open_counter: a second open sign-in at the site's counter fails on counter_session_one_open_per_site.
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO counter_session (counter_no, staff,"
                + " signed_in_at, priority_calls_in_row, open_counter, site_code) VALUES (?, ?, ?, 0, ?, ?)")) {
            insert.setInt(1, counter);
            insert.setString(2, staff);
            insert.setTimestamp(3, Timestamp.from(at), Times.utc());
            insert.setInt(4, counter);
            insert.setString(5, site);
            insert.executeUpdate();
        }
    }

    static void signOut(Connection connection, long session, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter_session SET signed_out_at = ?, open_counter = NULL WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at), Times.utc());
            update.setLong(2, session);
            update.executeUpdate();
        }
    }

    static void priorityCallsInRow(Connection connection, long session, int calls) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE counter_session SET priority_calls_in_row = ? WHERE id = ?")) {
            update.setInt(1, calls);
            update.setLong(2, session);
            update.executeUpdate();
        }
    }
}
