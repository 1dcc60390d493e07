package org.parkhall.api;

import java.util.EnumSet;
import java.util.Set;

import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * What the person who rates answers on the questions of {@link RatingIndicators#current()}, each on the five levels,
 * with the reasons tapped and a comment. It cannot be built with a level missing, a comment that {@link #COMMENT}
 * refuses (too long for its column, control or reordering characters), reasons on a rating that is not bad, or a
 * bad overall rating with neither a reason nor a comment saying why (a rectification starts from the reason); the
 * comment is kept without surrounding blanks.
 */
public record Evaluation(RatingLevel overall, RatingLevel efficiency, RatingLevel competence, RatingLevel attitude,
        Set<BadRatingReason> reasons, String comment) {
    /** As long as {@code rating.comment_text} holds. */
    public static final TextField COMMENT = TextField.lines("comment", "评价内容", "comment", 500);

    public Evaluation {
        if (overall == null || efficiency == null || competence == null || attitude == null) {
            throw new InvalidInputException("levels", "请对整体满意度、服务效率、服务水平、服务态度逐项评价",
                    "rate overall satisfaction, efficiency, service quality and attitude");
        }
        reasons = reasons == null || reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
        comment = COMMENT.check(comment);
        if (!overall.bad() && !reasons.isEmpty()) {
            throw new InvalidInputException("reasons", "只有不满意的评价需要选择原因",
                    "reasons belong to a dissatisfied rating only");
        }
        if (overall.bad() && reasons.isEmpty() && comment.isEmpty()) {
            throw new InvalidInputException("comment", "请选择或说明不满意的原因，以便我们整改",
                    "choose or say what went wrong, so that it can be put right");
        }
    }

    /** An evaluation with no reason tapped. */
    public Evaluation(RatingLevel overall, RatingLevel efficiency, RatingLevel competence, RatingLevel attitude,
            String comment) {
        this(overall, efficiency, competence, attitude, Set.of(), comment);
    }
}
