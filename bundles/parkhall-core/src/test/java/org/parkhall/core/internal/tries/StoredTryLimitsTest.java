package org.parkhall.core.internal.tries;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.TryLimits.Outcome;
import org.parkhall.api.TryLimits.Rule;
import org.parkhall.api.TryLimits.Subject;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.store.SecretHash;
import org.parkhall.core.internal.store.SteppedClock;

/** The counts as staff sign-in (in a row, then a lock) and applicant proofs (a window per client and reference) use them. */
public class StoredTryLimitsTest {
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-24T01:00:00Z"));
    private Database database;
    private StoredTryLimits tries;

    @Before
    public void emptyStore() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        tries = new StoredTryLimits(database, clock);
    }

    private static Rule signIn(int allowed, int tracked) {
        return new Rule("staff-sign-in", allowed, Duration.ZERO, LOCK, tracked);
    }

    @Test
    public void fiveWrongPasswordsLockTheNameForTheLockTimeThenItStartsAfresh() {
        List<Subject> wang = List.of(new Subject(signIn(5, 100), "wang"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue("attempt " + attempt, tries.reserve(wang));
            assertEquals("the fifth locks", attempt == 5, tries.finish(wang, Outcome.WRONG));
        }
        assertFalse("locked, even for the right password", tries.reserve(wang));
        clock.moveOn(LOCK.minusSeconds(1));
        assertFalse(tries.reserve(wang));
        clock.moveOn(Duration.ofSeconds(1));
        assertTrue("the lock has run out", tries.reserve(wang));
        tries.finish(wang, Outcome.WRONG);
        assertTrue("a fresh count: one failure is not a lock", tries.reserve(wang));
    }

    @Test
    public void aSuccessForgetsTheFailuresAndOtherNamesCountApart() {
        Rule rule = signIn(5, 100);
        List<Subject> wang = List.of(new Subject(rule, "wang"));
        List<Subject> li = List.of(new Subject(rule, "li"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            tries.reserve(wang);
            tries.finish(wang, Outcome.WRONG);
        }
        tries.reserve(li);
        tries.finish(li, Outcome.WRONG);
        tries.reserve(wang);
        tries.finish(wang, Outcome.CLEARED);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertTrue(tries.reserve(wang));
            assertFalse(tries.finish(wang, Outcome.WRONG));
        }
        assertEquals("li's failure is still remembered", 2, rows());
    }

    /** 64 tries at once, all wrong: exactly five passwords are checked, the other 59 are refused. */
    @Test
    public void concurrentTriesGetExactlyFivePasswordsCheckedBeforeTheLock() throws Exception {
        assertEquals(5, checkedOfConcurrentWrongTries(tries, tries, "wang", 64));
    }

    /** Tries for {@code user} spread over {@code a} and {@code b} (two nodes, or one), all wrong; how many got checked. */
    static int checkedOfConcurrentWrongTries(StoredTryLimits a, StoredTryLimits b, String user, int threads)
            throws Exception {
        List<Subject> wang = List.of(new Subject(signIn(5, 100), user));
        AtomicInteger checked = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                StoredTryLimits node = i % 2 == 0 ? a : b;
                all.add(pool.submit(() -> {
                    start.await();
                    if (node.reserve(wang)) {
                        checked.incrementAndGet();
                        Thread.sleep(2); // the password check takes a while, so the tries overlap
                        node.finish(wang, Outcome.WRONG);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : all) {
                attempt.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse("and the name is locked", a.reserve(wang));
        assertFalse(b.reserve(wang));
        return checked.get();
    }

    @Test
    public void aNewNameBeyondTheBoundForgetsTheLeastRecentNameThatIsNotLocked() {
        Rule rule = signIn(2, 3);
        List<Subject> locked = List.of(new Subject(rule, "locked"));
        for (int attempt = 0; attempt < 2; attempt++) {
            tries.reserve(locked);
            tries.finish(locked, Outcome.WRONG);
        }
        for (int ghost = 1; ghost <= 200; ghost++) {
            List<Subject> name = List.of(new Subject(rule, "ghost" + ghost));
            tries.reserve(name);
            tries.finish(name, Outcome.WRONG);
            clock.moveOn(Duration.ofMillis(1));
        }
        assertEquals("200 unknown names, three remembered", 3, rows());
        assertFalse("the locked name stays locked: only unlocked names were forgotten", tries.reserve(locked));
    }

    @Test
    public void aReferenceIsClosedAfterItsWrongCodesWhoeverSendsThemUntilTheWindowEnds() {
        assertFalse(wrongProof(100, 3, "10.0.0.1", "PH1"));
        assertFalse(wrongProof(100, 3, "10.0.0.2", "PH1"));
        assertTrue("the third wrong code closes it", wrongProof(100, 3, "10.0.0.3", "PH1"));
        assertFalse(proofAllowed(100, 3, "10.0.0.9", "PH1"));
        assertEquals("the refused proof took nothing from the client", 0, triesOf("proof-client", "10.0.0.9"));
        assertTrue("other cases stay open", proofAllowed(100, 3, "10.0.0.9", "PH2"));
        clock.moveOn(WINDOW);
        assertTrue(proofAllowed(100, 3, "10.0.0.9", "PH1"));
    }

    @Test
    public void aClientIsClosedAfterItsWrongCodesWhateverItAsksFor() {
        wrongProof(3, 100, "10.0.0.1", "PH1");
        wrongProof(3, 100, "10.0.0.1", "PH2");
        assertTrue(wrongProof(3, 100, "10.0.0.1", "PH3"));
        assertFalse(proofAllowed(3, 100, "10.0.0.1", "PH4"));
        assertTrue(proofAllowed(3, 100, "10.0.0.2", "PH4"));
    }

    @Test
    public void guessesSentAllAtOnceGetNoMoreChecksThanTheLimitAndARightCodeIsGivenBack() {
        int reserved = 0;
        for (int guess = 0; guess < 50; guess++) {
            reserved += tries.reserve(proof(100, 5, "10.0.0." + guess, "PH1")) ? 1 : 0;
        }
        assertEquals("checks under way count as wrong until they end", 5, reserved);
        assertFalse("a right code ends its check without counting",
                tries.finish(proof(100, 5, "10.0.0.0", "PH1"), Outcome.RIGHT));
        assertTrue(tries.reserve(proof(100, 5, "10.0.0.50", "PH1")));
    }

    @Test
    public void aRuleWithoutWindowOrLockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Rule("x", 5, Duration.ZERO, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> signIn(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Rule("Not A Name", 5, WINDOW, LOCK, 10));
    }

    private static List<Subject> proof(int perClient, int perReference, String client, String reference) {
        return List.of(new Subject(new Rule("proof-client", perClient, WINDOW, Duration.ZERO, 100), client),
                new Subject(new Rule("proof-reference", perReference, WINDOW, Duration.ZERO, 100), reference));
    }

    /** A wrong proof checked from start to end; whether it reached a limit. */
    private boolean wrongProof(int perClient, int perReference, String client, String reference) {
        List<Subject> subjects = proof(perClient, perReference, client, reference);
        assertTrue("a check of " + reference + " was allowed", tries.reserve(subjects));
        return tries.finish(subjects, Outcome.WRONG);
    }

    /** Whether a proof may be checked now (the reservation is given back at once). */
    private boolean proofAllowed(int perClient, int perReference, String client, String reference) {
        List<Subject> subjects = proof(perClient, perReference, client, reference);
        return tries.reserve(subjects) && !tries.finish(subjects, Outcome.RIGHT);
    }

    private int rows() {
        return database.read(connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM wrong_try")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private int triesOf(String rule, String key) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT tries FROM wrong_try WHERE subject_hash = ?")) {
                select.setString(1, SecretHash.of(rule + "\n" + key));
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }
}
