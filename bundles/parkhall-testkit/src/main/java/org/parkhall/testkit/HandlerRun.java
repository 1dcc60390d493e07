package org.parkhall.testkit;

import java.util.Optional;

import org.parkhall.api.CaseState;
import org.parkhall.spi.Application;
import org.parkhall.spi.Decision;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

/**
 * Runs a handler through intake the way the hall does, checking the contract the hall relies on: the item is
 * described, reviews are never null, and only instant items are decided at the window. As in the hall, the item's
 * declared form is checked beside the handler's review ({@link org.parkhall.spi.ServiceGuide#withFormChecks}).
 *
 * @param state    where the case stands after intake: SUPPLEMENT_REQUIRED, REFUSED, ACCEPTED, or APPROVED/DENIED
 *                 for an instant item decided on the spot
 * @param review   the review the hall gives: the handler's, with the form's problems
 * @param decision the instant decision, if any
 */
public record HandlerRun(CaseState state, Review review, Optional<Decision> decision) {

    public static HandlerRun intake(ItemHandler handler, Application application) {
        ServiceItem item = handler.item();
        if (item == null || !item.code().equals(application.itemCode())) {
            throw new AssertionError("the handler describes " + (item == null ? "no item" : item.code())
                    + ", not " + application.itemCode());
        }
        Review handlerReview = handler.review(application);
        if (handlerReview == null) {
            throw new AssertionError("review returned null; the hall would refuse the intake as a handler failure");
        }
        Review review = item.guide().withFormChecks(handlerReview, application.facts());
        switch (review.outcome()) {
            case SUPPLEMENT:
                return new HandlerRun(CaseState.SUPPLEMENT_REQUIRED, review, Optional.empty());
            case REFUSE:
                return new HandlerRun(CaseState.REFUSED, review, Optional.empty());
            default:
                break;
        }
        if (!item.instant()) {
            return new HandlerRun(CaseState.ACCEPTED, review, Optional.empty());
        }
        Optional<Decision> decision = handler.decideInstantly(application);
        if (decision == null) {
            throw new AssertionError("decideInstantly returned null instead of Optional.empty()");
        }
        CaseState state = decision.map(d -> d.approved() ? CaseState.APPROVED : CaseState.DENIED)
                .orElse(CaseState.ACCEPTED);
        return new HandlerRun(state, review, decision);
    }
}
