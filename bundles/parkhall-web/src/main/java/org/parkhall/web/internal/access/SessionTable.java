package org.parkhall.web.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The live staff sessions by id, bounded: at most {@code perAccount} for one user and {@code total} in all. A
 * sign-in beyond either cap ends the session idle the longest (the user's own first), so signing in again and
 * again, or with many accounts, cannot fill the memory. Only {@link #open} adds sessions, one at a time.
 */
final class SessionTable {

    /** A session: who, when they last made a request, and when their roles were last read from the realm. */
    record Session(Staff staff, Instant lastSeen, Instant checked) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final int perAccount;
    private final int total;

    SessionTable(Duration idle, int perAccount, int total) {
        if (idle.isNegative() || idle.isZero() || perAccount < 1 || total < 1) {
            throw new IllegalArgumentException("the idle time and both caps must be positive");
        }
        this.idle = idle;
        this.perAccount = perAccount;
        this.total = total;
    }

    /** The live session with this id, seen now; one idle too long ends instead. */
    Optional<Session> touch(String id, Instant now) {
        return Optional.ofNullable(sessions.computeIfPresent(id, (key, live) ->
                expired(live, now) ? null : new Session(live.staff(), now, live.checked())));
    }

    /** Puts a session read again from the realm in place, unless it ended meanwhile. */
    void replace(String id, Session session) {
        sessions.replace(id, session);
    }

    /** Opens a session for {@code staff}, first ending idle ones and whatever the caps ask. */
    synchronized void open(String id, Staff staff, Instant now) {
        sessions.values().removeIf(session -> expired(session, now));
        Predicate<Session> own = session -> session.staff().user().equals(staff.user());
        while (sessions.values().stream().filter(own).count() >= perAccount) {
            endLongestIdle(own);
        }
        while (sessions.size() >= total) {
            endLongestIdle(session -> true);
        }
        sessions.put(id, new Session(staff, now, now));
    }

    void end(String id) {
        sessions.remove(id);
    }

    /** Ends every session of {@code user}; whether there was one. */
    boolean endAll(String user) {
        return sessions.values().removeIf(session -> session.staff().user().equals(user));
    }

    int size() {
        return sessions.size();
    }

    private void endLongestIdle(Predicate<Session> among) {
        sessions.entrySet().stream().filter(entry -> among.test(entry.getValue()))
                .min(Comparator.comparing(entry -> entry.getValue().lastSeen()))
                .ifPresent(entry -> sessions.remove(entry.getKey()));
    }

    private boolean expired(Session session, Instant now) {
        return session.lastSeen().plus(idle).isBefore(now);
    }
}
