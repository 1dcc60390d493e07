package org.parkhall.api;

import java.time.Instant;

/**
 * A rating (好差评) of one visit (a served ticket) or one case, with the national in-person questions. Once given
 * it is never changed.
 *
 * @param subject    {@code ticket:2026-11-24/A012} or {@code case:PH202611240001}
 * @param department who is responsible for what was rated; {@code hall} for the branch itself
 */
public record Rating(long id, String subject, String department, RatingLevel overall, RatingLevel efficiency,
        RatingLevel competence, RatingLevel attitude, String comment, Instant ratedAt) {
}
