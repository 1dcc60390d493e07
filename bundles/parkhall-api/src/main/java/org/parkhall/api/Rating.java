package org.parkhall.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A rating (好差评) of one visit (a served ticket) or one case. Once given it is never changed; an upheld appeal only
 * marks it {@code excluded}.
 *
 * @param subject      {@code ticket:2026-11-24/A012} or {@code case:PH202611240001}
 * @param department   who is responsible for what was rated; {@code hall} for the branch itself
 * @param indicatorSet the {@link RatingIndicators#version()} its levels answer
 * @param counter      the counter that served the visit, or 0
 * @param staff        the staff member who served the visit or received the case, or empty when unknown
 * @param items        the item codes of the cases the visit produced, or the case's
 * @param excluded     an appeal against it was upheld: it counts in no satisfaction figure
 */
public record Rating(long id, String subject, String department, RatingLevel overall, RatingLevel efficiency,
        RatingLevel competence, RatingLevel attitude, String comment, Instant ratedAt, String indicatorSet,
        RatingChannel channel, int counter, String staff, List<String> items, Set<BadRatingReason> reasons,
        boolean excluded) {

    public Rating {
        items = List.copyOf(items);
        reasons = Set.copyOf(reasons);
    }
}
