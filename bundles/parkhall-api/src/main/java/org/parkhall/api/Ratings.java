package org.parkhall.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 好差评: one rating per visit or case, and the rectifications bad ratings open. A visit is rated by its visitor on
 * the rating pad of the counter that served it (see {@link RatingPads}), a case by its applicant. Each rating
 * records its channel, the counter and staff member who served, the items and the indicator set it answers; what a
 * bad one leads to is {@link BadRatings}.
 */
@ProviderType
public interface Ratings {

    /**
     * The visit the rating pad at {@code counter} asks about: the latest finished there within the rating window and
     * not yet rated, with its one-time token. Only that counter's paired pad may be shown it.
     */
    Optional<RatingInvitation> awaitingRating(int counter);

    /**
     * Rates today's visit {@code ticketLabel} from the pad at {@code counter}, consuming in the same transaction the
     * token {@link #awaitingRating} gave out for it. Refused ({@code illegal_action}) with the reason when the token
     * is not the visit's, belongs to another counter, was used or has expired.
     */
    Rating rateVisit(int counter, String ticketLabel, String token, Evaluation evaluation);

    /** Rates a case once; the caller has checked that whoever rates is its applicant. */
    Rating rateCase(String caseNumber, Evaluation evaluation);
}
