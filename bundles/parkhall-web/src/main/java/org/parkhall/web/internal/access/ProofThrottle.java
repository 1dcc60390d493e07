package org.parkhall.web.internal.access;

import java.time.Duration;
import java.util.List;

import org.parkhall.api.TryLimits;

/**
 * Wrong proofs (query codes) per client and per reference in a fixed window, counted by the core's
 * {@link TryLimits} so the count holds across the nodes. Once either reaches its limit, every proof for that client
 * or reference is refused until the window ends, the right one too: a guesser learns nothing more. A proof is
 * checked only after a check has been reserved, and checks under way count against the limits, so guesses sent all
 * at once, or spread over the nodes, get no more checks than guesses sent one by one.
 */
final class ProofThrottle {
    private final TryLimits.Rule byClient;
    private final TryLimits.Rule byReference;
    private final Duration window;

    ProofThrottle(int wrongPerClient, int wrongPerReference, Duration window, int tracked) {
        if (window.isZero()) {
            throw new IllegalArgumentException("the proof window must be positive");
        }
        this.byClient = new TryLimits.Rule("proof-client", wrongPerClient, window, Duration.ZERO, tracked);
        this.byReference = new TryLimits.Rule("proof-reference", wrongPerReference, window, Duration.ZERO, tracked);
        this.window = window;
    }

    /** Reserves the check of a proof from {@code client} for {@code reference}; false when either is at its limit. */
    boolean begin(TryLimits tries, String client, String reference) {
        return tries.reserve(subjects(client, reference));
    }

    /** Gives back a reservation, counting the proof if it was wrong; true when it is the one that reached a limit. */
    boolean finished(TryLimits tries, String client, String reference, boolean wrong) {
        return tries.finish(subjects(client, reference), wrong ? TryLimits.Outcome.WRONG : TryLimits.Outcome.RIGHT);
    }

    Duration window() {
        return window;
    }

    private List<TryLimits.Subject> subjects(String client, String reference) {
        return List.of(new TryLimits.Subject(byClient, client), new TryLimits.Subject(byReference, reference));
    }
}
