package org.parkhall.core.internal.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which waiting ticket a counter calls next. Priority tickets go ahead, but an ordinary ticket waiting longer
 * than {@code maxOrdinaryWait} comes first, and after {@code priorityBurst} priority calls in a row the counter
 * takes an ordinary ticket: priority without starvation.
 */
final class CallingPolicy {

    /** A ticket as the policy sees it; {@code queueRank} is its queue's place in the counter's preference. */
    record Candidate(long id, int queueRank, boolean priority, Instant arrivedAt) {
    }

    private static final Comparator<Candidate> FIRST_COME = Comparator.comparingInt(Candidate::queueRank)
            .thenComparing(Candidate::arrivedAt).thenComparingLong(Candidate::id);

    private final int priorityBurst;
    private final Duration maxOrdinaryWait;

    CallingPolicy(int priorityBurst, Duration maxOrdinaryWait) {
        if (priorityBurst < 1 || maxOrdinaryWait.isNegative() || maxOrdinaryWait.isZero()) {
            throw new IllegalArgumentException("priorityBurst must be at least 1 and maxOrdinaryWait positive");
        }
        this.priorityBurst = priorityBurst;
        this.maxOrdinaryWait = maxOrdinaryWait;
    }

    Optional<Candidate> choose(List<Candidate> waiting, int priorityCallsInRow, Instant now) {
        Instant starvedBefore = now.minus(maxOrdinaryWait);
        Optional<Candidate> starving = waiting.stream()
                .filter(candidate -> !candidate.priority() && candidate.arrivedAt().isBefore(starvedBefore))
                .min(Comparator.comparing(Candidate::arrivedAt).thenComparingLong(Candidate::id));
        if (starving.isPresent()) {
            return starving;
        }
        Optional<Candidate> ordinary = waiting.stream().filter(candidate -> !candidate.priority()).min(FIRST_COME);
        Optional<Candidate> priority = waiting.stream().filter(Candidate::priority).min(FIRST_COME);
        if (priority.isPresent() && (priorityCallsInRow < priorityBurst || ordinary.isEmpty())) {
            return priority;
        }
        return ordinary;
    }
}
