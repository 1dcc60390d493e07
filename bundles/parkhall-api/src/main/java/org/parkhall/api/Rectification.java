package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rectification (整改) a bad rating opens for the responsible department, due within working days, closed by
 * the record of a follow-up call to the person who rated (回访).
 */
public record Rectification(long id, Rating rating, String department, LocalDate deadline, Instant openedAt,
        String followUp, String followedUpBy, Instant followedUpAt) {

    public boolean open() {
        return followedUpAt == null;
    }
}
