package org.parkhall.web.internal.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts wrong proofs (query codes) per client and per reference in a fixed window. Once either reaches its
 * limit, every proof for that client or reference is refused until the window ends, the right one too: a guesser
 * learns nothing more. A proof is checked only after a check has been reserved here, and checks under way count
 * against the limits, so guesses sent all at once get no more checks than guesses sent one by one. Memory is
 * bounded: the oldest windows are forgotten first once {@code tracked} are held.
 */
final class ProofThrottle {
    private final int wrongPerClient;
    private final int wrongPerReference;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> clients;
    private final Map<String, Window> references;

    private static final class Window {
        final Instant start;
        int wrong;
        int running;

        Window(Instant start, int running) {
            this.start = start;
            this.running = running;
        }
    }

    ProofThrottle(int wrongPerClient, int wrongPerReference, Duration window, int tracked, Clock clock) {
        if (wrongPerClient < 1 || wrongPerReference < 1 || window.isNegative() || window.isZero() || tracked < 1) {
            throw new IllegalArgumentException("proof limits, window and tracked count must be positive");
        }
        this.wrongPerClient = wrongPerClient;
        this.wrongPerReference = wrongPerReference;
        this.window = window;
        this.clock = clock;
        this.clients = bounded(tracked);
        this.references = bounded(tracked);
    }

    /**
     * Reserves the check of a proof from {@code client} for {@code reference}; false when either has reached its
     * limit, counting the checks under way as if they were wrong. A reservation is given back with
     * {@link #finished}.
     */
    synchronized boolean begin(String client, String reference) {
        Window byClient = current(clients, client);
        Window byReference = current(references, reference);
        if (byClient.wrong + byClient.running >= wrongPerClient
                || byReference.wrong + byReference.running >= wrongPerReference) {
            return false;
        }
        byClient.running++;
        byReference.running++;
        return true;
    }

    /**
     * Gives back a reservation, counting the proof if it was wrong; true when that wrong proof is the one that
     * reached a limit, so the caller records the block once.
     */
    synchronized boolean finished(String client, String reference, boolean wrong) {
        Window byClient = current(clients, client);
        Window byReference = current(references, reference);
        byClient.running = Math.max(0, byClient.running - 1);
        byReference.running = Math.max(0, byReference.running - 1);
        if (!wrong) {
            return false;
        }
        boolean clientBlocked = ++byClient.wrong == wrongPerClient;
        boolean referenceBlocked = ++byReference.wrong == wrongPerReference;
        return clientBlocked || referenceBlocked;
    }

    Duration window() {
        return window;
    }

    private Window current(Map<String, Window> windows, String key) {
        Window held = windows.get(key);
        if (held == null || expired(held)) {
            held = new Window(clock.instant(), held == null ? 0 : held.running); // checks under way go on
            windows.remove(key); // re-inserted last, so the bound forgets the oldest windows first
            windows.put(key, held);
        }
        return held;
    }

    private boolean expired(Window held) {
        return !clock.instant().isBefore(held.start.plus(window));
    }

    private static Map<String, Window> bounded(int tracked) {
        return new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > tracked;
            }
        };
    }
}
