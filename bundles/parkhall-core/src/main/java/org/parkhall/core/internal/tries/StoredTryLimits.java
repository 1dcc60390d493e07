package org.parkhall.core.internal.tries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.TryLimits;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SecretHash;
import org.parkhall.core.internal.store.Times;

/**
 * Wrong tries in table {@code wrong_try} (migration 016). Each reservation is one conditional UPDATE of the
 * subject's row, which the database applies atomically whichever node sends it, so concurrent tries never pass the
 * limit. Spent windows and locks are reset by the next try and deleted when a new subject is counted, which is
 * the only time the table grows.
 */
@Component(service = TryLimits.class)
public final class StoredTryLimits implements TryLimits {
    private final Database database;
    private final Clock clock;

    @Activate
    public StoredTryLimits(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    StoredTryLimits(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean reserve(List<Subject> subjects) {
        requireSubjects(subjects);
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            for (int reserved = 0; reserved < subjects.size(); reserved++) {
                if (!reserve(connection, subjects.get(reserved), now)) {
                    for (Subject granted : subjects.subList(0, reserved)) {
                        giveBack(connection, granted);
                    }
                    return false;
                }
            }
            return true;
        });
    }

    @Override
    public boolean finish(List<Subject> subjects, Outcome outcome) {
        requireSubjects(subjects);
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            boolean locked = false;
            for (Subject subject : subjects) {
                switch (outcome) {
                    case WRONG -> locked |= lockAtLimit(connection, subject, now);
                    case RIGHT -> giveBack(connection, subject);
                    case CLEARED -> forget(connection, subject);
                }
            }
            return locked;
        });
    }

    private static boolean reserve(Connection connection, Subject subject, Instant now) throws SQLException {
        Rule rule = subject.rule();
        String hash = hash(subject);
        resetIfSpent(connection, rule, hash, now);
        try (PreparedStatement count = connection.prepareStatement("UPDATE wrong_try SET tries = tries + 1,"
                + " last_try = ? WHERE rule_name = ? AND subject_hash = ? AND tries < ? AND locked_until IS NULL")) {
            count.setTimestamp(1, Timestamp.from(now), Times.utc());
            count.setString(2, rule.name());
            count.setString(3, hash);
            count.setInt(4, rule.allowed());
            if (count.executeUpdate() == 1) {
                return true;
            }
        }
        if (exists(connection, rule, hash)) {
            return false; // locked, or at the limit with the checks under way
        }
        makeRoom(connection, rule, now);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO wrong_try (rule_name, subject_hash,"
                + " tries, window_start, last_try) VALUES (?, ?, 1, ?, ?)")) {
            insert.setString(1, rule.name());
            insert.setString(2, hash);
            insert.setTimestamp(3, Timestamp.from(now), Times.utc());
            insert.setTimestamp(4, Timestamp.from(now), Times.utc());
            insert.executeUpdate(); // a duplicate key (another node counted it first) retries the whole reservation
        }
        return true;
    }

    /** A lock that has run out, or a window that has, starts the subject afresh. */
    private static void resetIfSpent(Connection connection, Rule rule, String hash, Instant now)
            throws SQLException {
        try (PreparedStatement reset = connection.prepareStatement("UPDATE wrong_try SET tries = 0, window_start = ?,"
                + " locked_until = NULL WHERE rule_name = ? AND subject_hash = ? AND (locked_until <= ? OR"
                + " locked_until IS NULL AND window_start <= ?)")) {
            reset.setTimestamp(1, Timestamp.from(now), Times.utc());
            reset.setString(2, rule.name());
            reset.setString(3, hash);
            reset.setTimestamp(4, Timestamp.from(now), Times.utc());
            reset.setTimestamp(5, Timestamp.from(windowStartedBefore(rule, now)), Times.utc());
            reset.executeUpdate();
        }
    }

    /** Windows that started before this have run out; without a window, none does. */
    private static Instant windowStartedBefore(Rule rule, Instant now) {
        return rule.window().isZero() ? Instant.EPOCH : now.minus(rule.window());
    }

    /** Forgets spent subjects of the rule and, while it holds {@code tracked}, the least recently tried. */
    private static void makeRoom(Connection connection, Rule rule, Instant now) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement("DELETE FROM wrong_try WHERE rule_name = ? AND"
                + " (locked_until <= ? OR locked_until IS NULL AND window_start <= ?)")) {
            purge.setString(1, rule.name());
            purge.setTimestamp(2, Timestamp.from(now), Times.utc());
            purge.setTimestamp(3, Timestamp.from(windowStartedBefore(rule, now)), Times.utc());
            purge.executeUpdate();
        }
        List<String> eldestFirst = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT subject_hash FROM wrong_try WHERE"
                + " rule_name = ? ORDER BY CASE WHEN locked_until IS NULL THEN 0 ELSE 1 END, last_try")) {
            select.setString(1, rule.name());
            select.setMaxRows(rule.tracked());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    eldestFirst.add(rows.getString(1));
                }
            }
        }
        if (eldestFirst.size() >= rule.tracked()) {
            delete(connection, rule, eldestFirst.get(0));
        }
    }

    /** The wrong try that reaches the limit locks the subject, once. */
    private static boolean lockAtLimit(Connection connection, Subject subject, Instant now) throws SQLException {
        Rule rule = subject.rule();
        String hash = hash(subject);
        Instant windowStart;
        try (PreparedStatement select = connection.prepareStatement("SELECT window_start FROM wrong_try WHERE"
                + " rule_name = ? AND subject_hash = ? AND tries >= ? AND locked_until IS NULL")) {
            select.setString(1, rule.name());
            select.setString(2, hash);
            select.setInt(3, rule.allowed());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                windowStart = Times.instant(rows, "window_start");
            }
        }
        Instant until = rule.lock().isZero() ? windowStart.plus(rule.window()) : now.plus(rule.lock());
        try (PreparedStatement lock = connection.prepareStatement("UPDATE wrong_try SET locked_until = ?"
                + " WHERE rule_name = ? AND subject_hash = ? AND locked_until IS NULL")) {
            lock.setTimestamp(1, Timestamp.from(until), Times.utc());
            lock.setString(2, rule.name());
            lock.setString(3, hash);
            return lock.executeUpdate() == 1; // of two finishing at once, one locks
        }
    }

    private static void giveBack(Connection connection, Subject subject) throws SQLException {
        try (PreparedStatement uncount = connection.prepareStatement("UPDATE wrong_try SET tries = tries - 1"
                + " WHERE rule_name = ? AND subject_hash = ? AND tries > 0")) {
            uncount.setString(1, subject.rule().name());
            uncount.setString(2, hash(subject));
            uncount.executeUpdate();
        }
    }

    private static void forget(Connection connection, Subject subject) throws SQLException {
        delete(connection, subject.rule(), hash(subject));
    }

    private static boolean exists(Connection connection, Rule rule, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM wrong_try WHERE rule_name = ? AND subject_hash = ?")) {
            select.setString(1, rule.name());
            select.setString(2, hash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void delete(Connection connection, Rule rule, String hash) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM wrong_try WHERE rule_name = ? AND subject_hash = ?")) {
            delete.setString(1, rule.name());
            delete.setString(2, hash);
            delete.executeUpdate();
        }
    }

    private static void requireSubjects(List<Subject> subjects) {
        if (subjects == null || subjects.isEmpty() || subjects.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("one or more subjects are needed");
        }
    }

    /** Kept hashed: the table names no one, and a key's length or characters cannot upset it. */
    private static String hash(Subject subject) {
        return SecretHash.of(subject.rule().name() + "\n" + subject.key());
    }
}
