package org.parkhall.web.internal.access;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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

import org.junit.Test;

public class FailedSignInsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    public void fiveWrongPasswordsLockTheNameForTheLockTimeThenItStartsAfresh() {
        FailedSignIns failures = new FailedSignIns(5, LOCK, 100);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue("attempt " + attempt, failures.begin("wang", NOW));
            assertEquals("the fifth locks", attempt == 5, failures.finished("wang", false, NOW));
        }
        assertFalse("locked, even for the right password", failures.begin("wang", NOW));
        assertFalse(failures.begin("wang", NOW.plus(LOCK).minusSeconds(1)));
        assertTrue("the lock has run out", failures.begin("wang", NOW.plus(LOCK)));
        failures.finished("wang", false, NOW.plus(LOCK));
        assertTrue("a fresh count: one failure is not a lock", failures.begin("wang", NOW.plus(LOCK)));
    }

    @Test
    public void aSuccessForgetsTheFailuresAndOtherNamesCountApart() {
        FailedSignIns failures = new FailedSignIns(5, LOCK, 100);
        for (int attempt = 1; attempt <= 4; attempt++) {
            failures.begin("wang", NOW);
            failures.finished("wang", false, NOW);
        }
        failures.begin("li", NOW);
        failures.finished("li", false, NOW);
        failures.begin("wang", NOW);
        failures.finished("wang", true, NOW);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertTrue(failures.begin("wang", NOW));
            assertFalse(failures.finished("wang", false, NOW));
        }
        assertEquals("li's failure is still remembered", 2, failures.size());
    }

    /** 64 tries at once, all wrong: exactly five passwords are checked, the other 59 are refused as locked. */
    @Test
    public void concurrentTriesGetExactlyFivePasswordsCheckedBeforeTheLock() throws Exception {
        for (int round = 0; round < 20; round++) {
            FailedSignIns failures = new FailedSignIns(5, LOCK, 100);
            AtomicInteger checked = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            int threads = 64;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> tries = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    if (!failures.begin("wang", NOW)) {
                        refused.incrementAndGet();
                        return null;
                    }
                    checked.incrementAndGet();
                    Thread.sleep(2); // the password check takes a while, so the tries overlap
                    failures.finished("wang", false, NOW);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : tries) {
                attempt.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals("round " + round, 5, checked.get());
            assertEquals(threads - 5, refused.get());
            assertFalse("and the name is locked", failures.begin("wang", NOW));
        }
    }

    @Test
    public void aNewNameBeyondTheCapForgetsTheLeastRecentNameThatIsNotLocked() {
        FailedSignIns failures = new FailedSignIns(2, LOCK, 3);
        for (String user : new String[] {"locked", "locked"}) {
            failures.begin(user, NOW);
            failures.finished(user, false, NOW);
        }
        for (String user : new String[] {"ghost1", "ghost2"}) {
            failures.begin(user, NOW);
            failures.finished(user, false, NOW);
        }
        for (int i = 3; i <= 2000; i++) {
            failures.begin("ghost" + i, NOW);
            failures.finished("ghost" + i, false, NOW);
        }
        assertEquals("2,000 unknown names, three remembered", 3, failures.size());
        assertFalse("the oldest name stays locked: only unlocked names were forgotten", failures.begin("locked", NOW));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aLimitOfNoFailuresIsRefused() {
        new FailedSignIns(0, LOCK, 10);
    }
}
