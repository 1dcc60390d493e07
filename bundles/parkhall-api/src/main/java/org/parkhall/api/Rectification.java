package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rectification (整改) a bad rating opens for the responsible department: answered by the department
 * ({@code kind}, measures, the day it is done by), then closed by the call back to the person who rated (回访) with
 * its result, or by an upheld appeal.
 *
 * @param deadline    when the department must have answered and called back: the opening deadline, or the day the
 *                    department promised for a {@link RectificationKind#BY_DEADLINE} rectification
 * @param kind        null until the department records its answer
 * @param appeal      the appeal against the rating, or null
 * @param overdue     open past its deadline (today in the hall's calendar)
 */
public record Rectification(long id, Rating rating, String department, LocalDate deadline, Instant openedAt,
        RectificationKind kind, String measures, String recordedBy, Instant recordedAt, String followUp,
        CallbackResult callbackResult, String followedUpBy, Instant followedUpAt, RatingAppeal appeal,
        boolean overdue) {

    public boolean open() {
        return followedUpAt == null && !(appeal != null && Boolean.TRUE.equals(appeal.upheld()));
    }
}
