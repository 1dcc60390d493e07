package org.parkhall.core.internal.notices;

import java.time.Duration;
import java.util.Optional;

import org.parkhall.spi.ConfigurationReader;

/**
 * How the sender treats the outbox ({@code etc/org.parkhall.notice.cfg}): how often it looks, how it backs off after
 * a failed attempt (doubling from the first delay up to the longest), when it gives up, how long a claim holds before
 * another node may take the notice over, and when the turn-near and booking-reminder notices go.
 */
record NoticeRules(int pollSeconds, int firstRetrySeconds, int longestRetrySeconds, int maxAttempts,
        int claimSeconds, int turnNearPosition, int reminderHour) {
    static final int POLL_SECONDS = 2;
    static final int FIRST_RETRY_SECONDS = 30;
    static final int LONGEST_RETRY_SECONDS = 3600;
    static final int MAX_ATTEMPTS = 10;
    static final int CLAIM_SECONDS = 300;
    static final int TURN_NEAR_POSITION = 3;
    static final int REMINDER_HOUR = 9;
    static final NoticeRules DEFAULTS = new NoticeRules(POLL_SECONDS, FIRST_RETRY_SECONDS, LONGEST_RETRY_SECONDS,
            MAX_ATTEMPTS, CLAIM_SECONDS, TURN_NEAR_POSITION, REMINDER_HOUR);

    static NoticeRules read(ConfigurationReader read) {
        int first = read.integer("firstRetrySeconds", DEFAULTS.firstRetrySeconds, 1, 3600);
        return new NoticeRules(read.integer("pollSeconds", DEFAULTS.pollSeconds, 1, 300), first,
                read.integer("longestRetrySeconds", Math.max(first, DEFAULTS.longestRetrySeconds), first, 86400),
                read.integer("maxAttempts", DEFAULTS.maxAttempts, 1, 50),
                read.integer("claimSeconds", DEFAULTS.claimSeconds, 30, 3600),
                read.integer("turnNearPosition", DEFAULTS.turnNearPosition, 0, 20),
                read.integer("reminderHour", DEFAULTS.reminderHour, 0, 23));
    }

    /**
     * The wait after the {@code attempts}-th failed attempt: the first delay, doubled after each further failure,
     * never longer than the longest; empty once {@code attempts} reaches the most attempts (give up).
     */
    Optional<Duration> backOff(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("back-off follows a failed attempt: " + attempts);
        }
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        // 2^30 s already exceeds any longest delay; capping the shift keeps the arithmetic in range
        long seconds = (long) firstRetrySeconds << Math.min(attempts - 1, 30);
        return Optional.of(Duration.ofSeconds(Math.min(seconds, longestRetrySeconds)));
    }
}
