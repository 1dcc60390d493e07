package org.parkhall.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.HallException;
import org.parkhall.api.StaffSessionStore;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SteppedClock;
import org.parkhall.core.internal.store.InMemoryDerby;

/** The staff sessions in embedded Derby: caps, idle timeout, sign-out, changed accounts, and only hashes stored. */
public class StoredStaffSessionsTest {
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Set<String> CLERK = Set.of("clerk");

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-24T01:00:00Z"));
    private Database database;
    private StoredStaffSessions sessions;

    @Before
    public void emptyStore() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        sessions = new StoredStaffSessions(database, clock);
    }

    @Test
    public void oneAccountKeepsAtMostItsCapAndASignInEndsItsSessionIdleTheLongest() {
        for (int i = 0; i < 30; i++) {
            sessions.open("wang-" + i, "wang", CLERK, "t", IDLE, 5, 1000);
            clock.moveOn(Duration.ofSeconds(1));
        }
        assertEquals("30 sign-ins, five sessions", 5, count());
        assertTrue(sessions.touch("wang-29", IDLE).isPresent());
        assertTrue(sessions.touch("wang-25", IDLE).isPresent());
        assertFalse(sessions.touch("wang-24", IDLE).isPresent());

        clock.moveOn(Duration.ofSeconds(1));
        sessions.touch("wang-26", IDLE); // in use: 27 is now the one idle the longest
        clock.moveOn(Duration.ofSeconds(1));
        sessions.open("wang-30", "wang", CLERK, "t", IDLE, 5, 1000);
        assertFalse(sessions.touch("wang-27", IDLE).isPresent());
        assertTrue(sessions.touch("wang-26", IDLE).isPresent());
    }

    @Test
    public void allAccountsTogetherKeepAtMostTheTotalCap() {
        sessions.open("li", "li", Set.of("guide"), "t", IDLE, 5, 3);
        for (int i = 0; i < 3; i++) {
            clock.moveOn(Duration.ofSeconds(1));
            sessions.open("wang-" + i, "wang", CLERK, "t", IDLE, 5, 3);
        }
        assertEquals(3, count());
        assertFalse("the session idle the longest ended", sessions.touch("li", IDLE).isPresent());
    }

    @Test
    public void aSessionSlidesWhileInUseAndEndsOnceIdleTooLong() {
        sessions.open("a", "wang", CLERK, "csrf-a", IDLE, 5, 1000);
        for (int i = 0; i < 4; i++) {
            clock.moveOn(Duration.ofMinutes(29));
            StaffSessionStore.Session seen = sessions.touch("a", IDLE).orElseThrow();
            assertEquals("wang", seen.user());
            assertEquals(CLERK, seen.roles());
            assertEquals("csrf-a", seen.csrfToken());
        }
        clock.moveOn(IDLE);
        assertTrue("exactly the idle time is still live", sessions.touch("a", IDLE).isPresent());
        clock.moveOn(IDLE.plusSeconds(1));
        assertFalse(sessions.touch("a", IDLE).isPresent());
        assertEquals("the expired row is gone", 0, count());
    }

    @Test
    public void aSignInDeletesEveryExpiredSession() {
        sessions.open("a", "wang", CLERK, "t", IDLE, 5, 1000);
        sessions.open("b", "li", CLERK, "t", IDLE, 5, 1000);
        clock.moveOn(IDLE.plusSeconds(1));
        sessions.open("c", "zhao", CLERK, "t", IDLE, 5, 1000);
        assertEquals(1, count());
    }

    @Test
    public void signingOutOrAChangedAccountEndsSessionsAndRenewedRolesApply() {
        sessions.open("a", "wang", CLERK, "t", IDLE, 5, 1000);
        sessions.open("b", "wang", CLERK, "t", IDLE, 5, 1000);
        sessions.open("c", "li", Set.of("guide"), "t", IDLE, 5, 1000);
        sessions.end("a");
        assertFalse(sessions.touch("a", IDLE).isPresent());
        assertTrue(sessions.endAll("wang"));
        assertFalse(sessions.touch("b", IDLE).isPresent());
        assertFalse("no session of wang left", sessions.endAll("wang"));

        clock.moveOn(Duration.ofMinutes(2));
        sessions.renew("c", Set.of("guide", "approver:amr"));
        StaffSessionStore.Session renewed = sessions.touch("c", IDLE).orElseThrow();
        assertEquals(Set.of("guide", "approver:amr"), renewed.roles());
        assertEquals(clock.instant(), renewed.checked());
    }

    @Test
    public void theStoreKeepsOnlyTheTokensHash() {
        sessions.open("the-secret-token", "wang", CLERK, "t", IDLE, 5, 1000);
        String stored = database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT token_hash FROM staff_session")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertEquals(StoredStaffSessions.hash("the-secret-token"), stored);
        assertEquals("SHA-256 in hex", "b9f514ee", StoredStaffSessions.hash("the-secret-token").substring(0, 8));
    }

    @Test
    public void aUserNameTooLongIsRefused() {
        assertThrows(HallException.class, () -> sessions.open("x", "w".repeat(257), CLERK, "t", IDLE, 5, 1000));
    }

    private int count() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM staff_session")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
