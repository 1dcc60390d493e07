package org.parkhall.api;

import java.time.Instant;

/**
 * An appeal of a bad rating as malicious or mistaken, decided by a hall admin. An upheld appeal takes the rating
 * out of the satisfaction figures and closes its rectification.
 *
 * @param upheld null while undecided
 */
public record RatingAppeal(long id, long rating, AppealGround ground, String statement, String filedBy,
        Instant filedAt, Boolean upheld, String decisionNote, String decidedBy, Instant decidedAt) {

    public boolean pending() {
        return upheld == null;
    }
}
