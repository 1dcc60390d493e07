package org.parkhall.core.internal.catalog;

import java.time.Instant;
import java.util.Comparator;

import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ServiceItem;

/**
 * A deployed handler as the hall indexed it: the item it described on arrival and the bundle that brought it.
 *
 * @param serviceId the handler's {@code service.id}
 * @param ranking   its {@code service.ranking}; with two handlers for one item the higher serves
 */
public record Registration(ItemHandler handler, ServiceItem item, long serviceId, int ranking, String bundle,
        String version, Instant since) {

    /** Which of two handlers for one item serves: higher ranking, then the one registered first (OSGi's rule). */
    static final Comparator<Registration> SERVING_FIRST = Comparator.comparingInt(Registration::ranking).reversed()
            .thenComparingLong(Registration::serviceId);

    public String code() {
        return item.code();
    }
}
