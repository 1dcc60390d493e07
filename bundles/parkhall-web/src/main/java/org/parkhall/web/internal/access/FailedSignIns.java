package org.parkhall.web.internal.access;

import java.time.Duration;
import java.util.List;

import org.parkhall.api.TryLimits;

/**
 * Wrong passwords per user name, and the lock they bring, counted by the core's {@link TryLimits} so the count holds
 * across the nodes. A password is checked only after a check has been reserved, and reservations count against the
 * limit while they run: however many tries arrive at once, on however many nodes, at most {@code maxFailures} wrong
 * passwords are checked before the lock. Names that exist nowhere count too, so the answers do not tell which names
 * are accounts. Failures count in a row, until a success or the lock; at most {@code capacity} names are remembered.
 */
final class FailedSignIns {
    private final TryLimits.Rule rule;

    FailedSignIns(int maxFailures, Duration lockTime, int capacity) {
        if (lockTime.isZero()) {
            throw new IllegalArgumentException("the lock time must be positive");
        }
        this.rule = new TryLimits.Rule("staff-sign-in", maxFailures, Duration.ZERO, lockTime, capacity);
    }

    /** Reserves one password check for {@code user}; false while the name is locked or its checks would lock it. */
    boolean begin(TryLimits tries, String user) {
        return tries.reserve(subject(user));
    }

    /** Gives back a reservation: a success forgets the name's failures; whether this failure locked the name. */
    boolean finished(TryLimits tries, String user, boolean succeeded) {
        return tries.finish(subject(user), succeeded ? TryLimits.Outcome.CLEARED : TryLimits.Outcome.WRONG);
    }

    private List<TryLimits.Subject> subject(String user) {
        return List.of(new TryLimits.Subject(rule, user));
    }
}
