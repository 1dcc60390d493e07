package org.parkhall.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff sessions kept in the hall's store, so a session opened through one node is valid through every node on
 * the same database, and a sign-out on any node ends it on all. A session is named by a random token the caller
 * makes and hands to the browser; the store keeps only its SHA-256 hash. A session ends once it is {@code idle}
 * without a request (each request moves its end on), on sign-out, when its account changes, or when a sign-in
 * past a cap ends the session idle the longest.
 */
@ProviderType
public interface StaffSessionStore {

    /** A live session: who, the roles as last read from the realm, its CSRF token, and when the roles were read. */
    record Session(String user, Set<String> roles, String csrfToken, Instant checked) {
    }

    /**
     * Opens a session for {@code user}, first ending those idle for longer than {@code idle} and, where
     * {@code user} already has {@code perAccount} or the hall {@code total} live sessions, the ones idle the
     * longest (the user's own first).
     */
    void open(String token, String user, Set<String> roles, String csrfToken, Duration idle, int perAccount,
            int total);

    /** The live session named by {@code token}, seen now (its idle time starts again); one idle too long ends. */
    Optional<Session> touch(String token, Duration idle);

    /** Stores roles read again from the realm, read now; nothing if the session ended meanwhile. */
    void renew(String token, Set<String> roles);

    /** Ends the session named by {@code token}, if there is one. */
    void end(String token);

    /** Ends every session of {@code user}; whether there was one. */
    boolean endAll(String user);
}
