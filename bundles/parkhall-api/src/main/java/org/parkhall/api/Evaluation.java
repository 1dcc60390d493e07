package org.parkhall.api;

import org.parkhall.spi.InvalidInputException;

/**
 * What the person who rates answers on the national in-person 好差评 questions: overall, efficiency, competence
 * and attitude, each on the five levels, and a comment that may be empty. It cannot be built with a level missing
 * or a comment over {@value #MAX_COMMENT} characters; the comment is kept without surrounding blanks.
 */
public record Evaluation(RatingLevel overall, RatingLevel efficiency, RatingLevel competence, RatingLevel attitude,
        String comment) {
    public static final int MAX_COMMENT = 500;

    public Evaluation {
        if (overall == null || efficiency == null || competence == null || attitude == null) {
            throw new InvalidInputException("levels", "请对总体、效率、业务能力、服务态度逐项评价",
                    "rate overall, efficiency, competence and attitude");
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "评价内容不能超过" + MAX_COMMENT + "字",
                    "the comment must be at most " + MAX_COMMENT + " characters");
        }
    }
}
