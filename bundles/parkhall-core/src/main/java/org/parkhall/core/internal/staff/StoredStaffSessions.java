package org.parkhall.core.internal.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.StaffSessionStore;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SecretHash;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;

/**
 * Staff sessions in table {@code staff_session} (migration 014), so every node on the database sees the same ones.
 * Expired rows are deleted by whichever node opens a session, or finds its own expired: a DELETE is harmless when
 * another node runs it at the same moment, so no background job is needed. Opening takes the table's lock, so the
 * caps hold however many nodes sign staff in at once (requests meanwhile wait for that one short transaction).
 */
@Component(service = StaffSessionStore.class)
public final class StoredStaffSessions implements StaffSessionStore {
    private static final int MAX_USER = 256;
    private static final int MAX_CSRF = 128;
    private static final String SELECT = "SELECT user_name, roles, csrf_token, checked_at FROM staff_session";

    private final Database database;
    private final Clock clock;

    @Activate
    public StoredStaffSessions(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    StoredStaffSessions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void open(String token, String user, Set<String> roles, String csrfToken, Duration idle, int perAccount,
            int total) {
        if (user == null || user.isEmpty() || user.length() > MAX_USER) {
            throw new HallException(ErrorCode.INVALID, Bilingual.of("用户名须为1至" + MAX_USER + "个字符",
                    "the user name must have 1 to " + MAX_USER + " characters"));
        }
        if (csrfToken == null || csrfToken.isEmpty() || csrfToken.length() > MAX_CSRF || idle.isNegative()
                || idle.isZero() || perAccount < 1 || total < 1) {
            throw new IllegalArgumentException("a CSRF token of 1 to " + MAX_CSRF
                    + " characters, and a positive idle time and caps, are needed");
        }
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            // Sign-ins one at a time across the nodes: two counting the live sessions at once would both find room.
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE staff_session IN EXCLUSIVE MODE");
            }
            try (PreparedStatement purge = connection.prepareStatement(
                    "DELETE FROM staff_session WHERE expires_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(now), Times.utc());
                purge.executeUpdate();
            }
            endLongestIdle(connection, " WHERE user_name = ?", user, perAccount);
            endLongestIdle(connection, "", null, total);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_session (token_hash,"
                    + " user_name, roles, csrf_token, created_at, last_seen, checked_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, hash(token));
                insert.setString(2, user);
                insert.setString(3, String.join(",", roles));
                insert.setString(4, csrfToken);
                for (int column = 5; column <= 7; column++) {
                    insert.setTimestamp(column, Timestamp.from(now), Times.utc());
                }
                insert.setTimestamp(8, Timestamp.from(now.plus(idle)), Times.utc());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Ends the sessions idle the longest among those {@code where} selects until fewer than {@code cap} are left. */
    private static void endLongestIdle(Connection connection, String where, String user, int cap)
            throws SQLException {
        List<String> live = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT token_hash FROM staff_session" + where + " ORDER BY last_seen, created_at")) {
            if (user != null) {
                select.setString(1, user);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    live.add(rows.getString(1));
                }
            }
        }
        for (String hash : live.subList(0, Math.max(0, live.size() - cap + 1))) {
            delete(connection, hash);
        }
    }

    @Override
    public Optional<Session> touch(String token, Duration idle) {
        Instant now = clock.instant();
        String hash = hash(token);
        return database.inTransaction(connection -> {
            int seen;
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_session SET last_seen = ?,"
                    + " expires_at = ? WHERE token_hash = ? AND expires_at >= ?")) {
                update.setTimestamp(1, Timestamp.from(now), Times.utc());
                update.setTimestamp(2, Timestamp.from(now.plus(idle)), Times.utc());
                update.setString(3, hash);
                update.setTimestamp(4, Timestamp.from(now), Times.utc());
                seen = update.executeUpdate();
            }
            if (seen == 0) {
                delete(connection, hash); // idle too long, or gone already
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE token_hash = ?")) {
                select.setString(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(session(rows)) : Optional.<Session>empty();
                }
            }
        });
    }

    @Override
    public void renew(String token, Set<String> roles) {
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE staff_session SET roles = ?, checked_at = ? WHERE token_hash = ?")) {
                update.setString(1, String.join(",", roles));
                update.setTimestamp(2, Timestamp.from(now), Times.utc());
                update.setString(3, hash(token));
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void end(String token) {
        database.inTransaction(connection -> delete(connection, hash(token)));
    }

    @Override
    public boolean endAll(String user) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_session WHERE user_name = ?")) {
                delete.setString(1, user);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static int delete(Connection connection, String hash) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM staff_session WHERE token_hash = ?")) {
            delete.setString(1, hash);
            return delete.executeUpdate();
        }
    }

    private static Session session(ResultSet rows) throws SQLException {
        String roles = rows.getString("roles");
        return new Session(rows.getString("user_name"),
                roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(","))), rows.getString("csrf_token"),
                Times.instant(rows, "checked_at"));
    }

    /** The stored name of a session: the token itself would sign in whoever reads the table. */
    static String hash(String token) {
        return SecretHash.of(token);
    }
}
