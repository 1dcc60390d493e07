package org.parkhall.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;
import org.parkhall.spi.InvalidInputException;

public class EvaluationTest {
    private static final RatingLevel GOOD = RatingLevel.SATISFIED;

    @Test
    public void everyLevelIsRequiredAndTheCommentIsShortAndStripped() {
        assertEquals("levels", assertThrows(InvalidInputException.class,
                () -> new Evaluation(GOOD, null, GOOD, GOOD, "")).field());
        assertEquals("comment", assertThrows(InvalidInputException.class,
                () -> new Evaluation(GOOD, GOOD, GOOD, GOOD, "好".repeat(Evaluation.COMMENT.maxLength() + 1))).field());
        assertEquals("", new Evaluation(GOOD, GOOD, GOOD, GOOD, null).comment());
        assertEquals("很快", new Evaluation(GOOD, GOOD, GOOD, GOOD, "  很快\n").comment());
    }

    @Test
    public void aBadOverallRatingSaysWhy() {
        for (RatingLevel bad : new RatingLevel[] {RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> new Evaluation(bad, GOOD, GOOD, GOOD, "  "));
            assertEquals("comment", refused.field());
            assertEquals("等候时间长", new Evaluation(bad, GOOD, GOOD, GOOD, "等候时间长").comment());
        }
        assertEquals("a basically satisfied visitor need not say why", "",
                new Evaluation(RatingLevel.BASICALLY_SATISFIED, GOOD, GOOD, GOOD, "").comment());
    }
}
