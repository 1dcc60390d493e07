package org.parkhall.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** 好差评: one rating per visit or case, and the rectifications bad ratings open. */
@ProviderType
public interface Ratings {

    /**
     * Rates today's served ticket {@code ticketLabel} or the case {@code caseNumber} (exactly one of them); a
     * second rating of the same visit or case is refused.
     */
    Rating rate(String ticketLabel, String caseNumber, RatingLevel overall, RatingLevel efficiency,
            RatingLevel competence, RatingLevel attitude, String comment);

    /**
     * The visit the rating pad at {@code counter} asks about: the latest finished there in the last ten minutes,
     * while it is not yet rated.
     */
    Optional<Ticket> awaitingRating(int counter);

    /** Rectifications, open ones first, earliest deadline first. */
    List<Rectification> rectifications(boolean openOnly);

    /** Records the follow-up call (回访) that closes a rectification. */
    Rectification followUp(long rectification, String note, String actor);
}
