package org.parkhall.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;

/** Assertions on a review, phrased as the window sees it. */
public final class ReviewAssert {
    private ReviewAssert() {
    }

    public static void assertAccepted(Review review) {
        assertEquals("problems: " + review.problems(), Review.Outcome.ACCEPT, review.outcome());
    }

    /**
     * The one-time notice lists exactly these subjects, in this order — all problems at once, each with a reason
     * in Chinese and English.
     */
    public static void assertNotice(Review review, String... subjects) {
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of(subjects), review.problems().stream().map(Problem::subject).toList());
        for (Problem problem : review.problems()) {
            assertTrue("reason of " + problem.subject(), !problem.reason().zh().isBlank()
                    && !problem.reason().en().isBlank());
        }
    }

    /** Refused (不予受理) with a reason containing {@code reasonFragment} and an appeal route. */
    public static void assertRefused(Review review, String reasonFragment) {
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.reason().zh(), review.reason().zh().contains(reasonFragment));
        assertTrue("an appeal route is given", !review.appealRoute().isBlank());
    }
}
