package org.parkhall.testkit;

import java.util.Optional;

import org.parkhall.api.CaseState;
import org.parkhall.spi.Application;
import org.parkhall.spi.Decision;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

/**
 * Runs a handler through intake the way the hall does, checking the contract the hall relies on: the item is
 * described, reviews are never null, every problem names a material, a declared field or the applicant, and only
 * instant items are decided at the window.
 *
 * @param state    where the case stands after intake: SUPPLEMENT_REQUIRED, REFUSED, ACCEPTED, or APPROVED/DENIED
 *                 for an instant item decided on the spot
 * @param review   the review the hall gives: the handler's, with the declared form's checks on the fields it left
 *                 alone (see {@link #review})
 * @param decision the instant decision, if any
 */
public record HandlerRun(CaseState state, Review review, Optional<Decision> decision) {
    /** The subject of a problem with who applies (see {@link org.parkhall.spi.FactChecks#requireEnterprise}). */
    private static final String APPLICANT = "applicant";

    public static HandlerRun intake(ItemHandler handler, Application application) {
        ServiceItem item = handler.item();
        Review review = review(handler, application);
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

    /**
     * The review the hall gives on this application, without deciding: the handler's, with the problems of the
     * declared fields it said nothing about ({@link ServiceGuide#withFormChecks}), in the order the notice lists them.
     */
    public static Review review(ItemHandler handler, Application application) {
        ServiceItem item = handler.item();
        if (item == null || !item.code().equals(application.itemCode())) {
            throw new AssertionError("the handler describes " + (item == null ? "no item" : item.code())
                    + ", not " + application.itemCode());
        }
        Review given = handler.review(application);
        if (given == null) {
            throw new AssertionError("review returned null; the hall would refuse the intake as a handler failure");
        }
        ServiceGuide guide = item.guide();
        for (Problem problem : given.problems()) {
            String subject = problem.subject();
            // The console shows a problem by its subject's label: an undeclared key would reach the clerk raw.
            if (!subject.equals(APPLICANT) && !guide.declares(subject)
                    && guide.materials().stream().noneMatch(material -> material.code().equals(subject))) {
                throw new AssertionError("problem on " + subject + ", which is neither a material nor a field of "
                        + item.code() + "'s form: " + problem.reason());
            }
        }
        return guide.withFormChecks(given, application.facts());
    }
}
