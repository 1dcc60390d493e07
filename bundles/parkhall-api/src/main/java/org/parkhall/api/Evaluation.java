package org.parkhall.api;

import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * What the person who rates answers on the national in-person 好差评 questions: overall, efficiency, competence
 * and attitude, each on the five levels, and a comment. It cannot be built with a level missing, a comment that
 * {@link #COMMENT} refuses (too long for its column, control or reordering characters), or a bad overall rating
 * without a comment saying why (a rectification starts from the reason); the comment is kept without surrounding
 * blanks.
 */
public record Evaluation(RatingLevel overall, RatingLevel efficiency, RatingLevel competence, RatingLevel attitude,
        String comment) {
    /** As long as {@code rating.comment_text} holds. */
    public static final TextField COMMENT = TextField.lines("comment", "评价内容", "comment", 500);

    public Evaluation {
        if (overall == null || efficiency == null || competence == null || attitude == null) {
            throw new InvalidInputException("levels", "请对总体、效率、业务能力、服务态度逐项评价",
                    "rate overall, efficiency, competence and attitude");
        }
        comment = COMMENT.check(comment);
        if (overall.bad() && comment.isEmpty()) {
            throw new InvalidInputException("comment", "请说明不满意的原因，以便我们整改",
                    "say what went wrong, so that it can be put right");
        }
    }
}
