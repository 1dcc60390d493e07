package org.parkhall.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
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

    @Test
    public void aTappedReasonIsReasonEnoughAndOnlyABadRatingTakesOne() {
        Evaluation tapped = new Evaluation(RatingLevel.DISSATISFIED, GOOD, GOOD, GOOD,
                java.util.Set.of(BadRatingReason.WAIT), "");
        assertEquals(java.util.Set.of(BadRatingReason.WAIT), tapped.reasons());
        assertEquals("reasons", assertThrows(InvalidInputException.class, () -> new Evaluation(GOOD, GOOD, GOOD, GOOD,
                java.util.Set.of(BadRatingReason.SLOW), "")).field());
    }

    @Test
    public void theNationalIndicatorsAreCurrentAndTheFirstSetStillReadable() {
        assertEquals(java.util.List.of("整体满意度", "服务效率", "服务水平", "服务态度"), RatingIndicators.current()
                .indicators().stream().map(indicator -> indicator.name().zh()).toList());
        assertEquals("总体评价", RatingIndicators.of("parkhall-1").orElseThrow().indicators().get(0).name().zh());
        assertTrue(RatingIndicators.of("unknown").isEmpty());
    }
}
