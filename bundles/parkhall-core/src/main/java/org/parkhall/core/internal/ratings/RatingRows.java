package org.parkhall.core.internal.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkhall.api.BadRatingReason;
import org.parkhall.api.Rating;
import org.parkhall.api.RatingChannel;
import org.parkhall.api.RatingLevel;
import org.parkhall.core.internal.store.Times;

/** A rating as its row holds it: lists (item codes, reasons) are comma-joined in one column. */
final class RatingRows {
    /** The rating's columns, to select beside another table's (as {@code r}). */
    static final String COLUMNS = "r.id AS rating_id, r.subject, r.department AS rated_department, r.overall,"
            + " r.efficiency, r.competence, r.attitude, r.comment_text, r.rated_at, r.indicator_set, r.channel,"
            + " r.counter_no, r.staff_user, r.item_codes, r.reasons, r.excluded";

    private RatingRows() {
    }

    static Rating read(ResultSet rows) throws SQLException {
        Set<BadRatingReason> reasons = EnumSet.noneOf(BadRatingReason.class);
        split(rows.getString("reasons")).forEach(reason -> reasons.add(BadRatingReason.valueOf(reason)));
        return new Rating(rows.getLong("rating_id"), rows.getString("subject"), rows.getString("rated_department"),
                RatingLevel.valueOf(rows.getString("overall")), RatingLevel.valueOf(rows.getString("efficiency")),
                RatingLevel.valueOf(rows.getString("competence")), RatingLevel.valueOf(rows.getString("attitude")),
                rows.getString("comment_text"), Times.instant(rows, "rated_at"), rows.getString("indicator_set"),
                RatingChannel.valueOf(rows.getString("channel")), rows.getInt("counter_no"),
                rows.getString("staff_user"), split(rows.getString("item_codes")), reasons,
                rows.getBoolean("excluded"));
    }

    static Rating withId(Rating rating, long id) {
        return new Rating(id, rating.subject(), rating.department(), rating.overall(), rating.efficiency(),
                rating.competence(), rating.attitude(), rating.comment(), rating.ratedAt(), rating.indicatorSet(),
                rating.channel(), rating.counter(), rating.staff(), rating.items(), rating.reasons(),
                rating.excluded());
    }

    static String joined(Collection<String> values) {
        return String.join(",", values);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).collect(Collectors.toList());
    }
}
