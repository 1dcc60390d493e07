package org.parkhall.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts wrong proofs (query codes) per client and per reference in a fixed window. Once either reaches its
 * limit, every proof for that client or reference is refused until the window ends, the right one too: a guesser
 * learns nothing more. Memory is bounded: the oldest windows are forgotten first once {@code tracked} are held.
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

        Window(Instant start) {
            this.start = start;
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

    /** Whether a proof from {@code client} for {@code reference} may be checked now. */
    synchronized boolean allows(String client, String reference) {
        return wrong(clients, client) < wrongPerClient && wrong(references, reference) < wrongPerReference;
    }

    /**
     * Counts a wrong proof; true when it is the one that reached a limit, so the caller records the block once.
     */
    synchronized boolean failed(String client, String reference) {
        boolean clientBlocked = ++current(clients, client).wrong == wrongPerClient;
        boolean referenceBlocked = ++current(references, reference).wrong == wrongPerReference;
        return clientBlocked || referenceBlocked;
    }

    Duration window() {
        return window;
    }

    private int wrong(Map<String, Window> windows, String key) {
        Window held = windows.get(key);
        return held == null || expired(held) ? 0 : held.wrong;
    }

    private Window current(Map<String, Window> windows, String key) {
        Window held = windows.get(key);
        if (held == null || expired(held)) {
            held = new Window(clock.instant());
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
