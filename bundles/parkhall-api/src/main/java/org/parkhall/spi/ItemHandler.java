package org.parkhall.spi;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department's handler for one service item (政务服务事项), registered as an OSGi service.
 *
 * <p>The handler names the item it serves with the service property {@value #ITEM_CODE} (most easily with the
 * {@link ItemCode} component property type), so the hall indexes it without calling in. With two handlers for one
 * code the higher {@code service.ranking} serves; when the last handler for a code leaves, the item shows as
 * "暂停受理 / temporarily unavailable" and its open cases wait, untouched, for a handler to return.
 */
@ConsumerType
public interface ItemHandler {

    /** Service property naming the item code this handler serves; must equal {@code item().code()}. */
    String ITEM_CODE = "parkhall.item.code";

    /** The item this handler serves, with its full service guide (办事指南). Must not change while registered. */
    ServiceItem item();

    /**
     * Reviews an application against the item's acceptance conditions and materials. Must report <em>every</em>
     * problem at once (一次性告知), never just the first, and must not block or call out of the hall.
     */
    Review review(Application application);

    /**
     * For an instant item (即办件), the decision taken on the spot once {@link #review} accepted the application;
     * empty leaves the case to an approver of the department. Not called for other items.
     */
    default Optional<Decision> decideInstantly(Application application) {
        return Optional.empty();
    }

    /**
     * The review steps the item needs beyond one approver's decision (countersigning, the lead's sign-off, how far
     * its limit may be extended, its special procedures), read once when the handler arrives (since SPI 1.4).
     */
    default ReviewSteps reviewSteps() {
        return ReviewSteps.NONE;
    }

    /**
     * Whether the public may apply for the item online (网上申请), signed in through the hall's identity provider;
     * the application is reviewed as at the window. Off unless the department says so (since 1.4).
     */
    default boolean acceptsOnline() {
        return false;
    }
}
