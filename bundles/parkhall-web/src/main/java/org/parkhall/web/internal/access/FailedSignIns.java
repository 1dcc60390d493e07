package org.parkhall.web.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong passwords per user name, and the lock they bring. A password is checked only after a check has been
 * reserved here, and reservations count against the limit while they run: however many tries arrive at once, at
 * most {@code maxFailures} wrong passwords are ever checked before the lock. Names that exist nowhere count too,
 * so the answers do not tell which names are accounts. At most {@code capacity} names are remembered; a new one
 * then forgets the least recently tried name that is not locked (or, when all are locked, the least recent).
 */
final class FailedSignIns {

    /** One user name's wrong passwords in a row, the checks under way, and the end of its lock. */
    private static final class Tries {
        int failures;
        int running;
        Instant lockedUntil;
    }

    private final int maxFailures;
    private final Duration lockTime;
    private final int capacity;
    /** In access order, eldest first: the name to forget is found from the front. */
    private final LinkedHashMap<String, Tries> tries = new LinkedHashMap<>(16, 0.75f, true);

    FailedSignIns(int maxFailures, Duration lockTime, int capacity) {
        if (maxFailures < 1 || lockTime.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("maxFailures and capacity must be at least 1, the lock time >= 0");
        }
        this.maxFailures = maxFailures;
        this.lockTime = lockTime;
        this.capacity = capacity;
    }

    /**
     * Reserves one password check for {@code user}; false while the name is locked, or when the checks already
     * under way would lock it if they all failed. A reservation is given back with {@link #finished}.
     */
    synchronized boolean begin(String user, Instant now) {
        Tries entry = entry(user);
        if (entry.lockedUntil != null && !now.isBefore(entry.lockedUntil)) {
            entry.failures = 0; // the lock has run out: a fresh start
            entry.lockedUntil = null;
        }
        if (entry.lockedUntil != null || entry.failures + entry.running >= maxFailures) {
            return false;
        }
        entry.running++;
        return true;
    }

    /**
     * Gives back a reservation: a success forgets the name's failures, a failure counts and may lock it; whether
     * this failure locked the name.
     */
    synchronized boolean finished(String user, boolean succeeded, Instant now) {
        if (succeeded) {
            tries.remove(user);
            return false;
        }
        Tries entry = entry(user);
        entry.running = Math.max(0, entry.running - 1);
        if (++entry.failures >= maxFailures && entry.lockedUntil == null) {
            entry.lockedUntil = now.plus(lockTime);
            return true;
        }
        return false;
    }

    /** How many names are remembered. */
    synchronized int size() {
        return tries.size();
    }

    private Tries entry(String user) {
        Tries entry = tries.get(user);
        if (entry == null) {
            if (tries.size() >= capacity) {
                forgetOne();
            }
            entry = new Tries();
            tries.put(user, entry);
        }
        return entry;
    }

    private void forgetOne() {
        Iterator<Map.Entry<String, Tries>> eldestFirst = tries.entrySet().iterator();
        while (eldestFirst.hasNext()) {
            if (eldestFirst.next().getValue().lockedUntil == null) {
                eldestFirst.remove();
                return;
            }
        }
        tries.remove(tries.keySet().iterator().next());
    }
}
