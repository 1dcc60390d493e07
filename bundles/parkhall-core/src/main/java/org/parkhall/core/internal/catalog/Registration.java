package org.parkhall.core.internal.catalog;

import java.time.Instant;
import java.util.Comparator;

import org.osgi.framework.Version;

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

    /**
     * Which of two handlers for one item serves: the higher {@code service.ranking}; at equal ranking the newer
     * bundle version, so deploying v2 beside v1 moves new work to v2 at once; then the one registered first.
     */
    static final Comparator<Registration> SERVING_FIRST = Comparator.comparingInt(Registration::ranking).reversed()
            .thenComparing(registration -> Version.parseVersion(registration.version()), Comparator.reverseOrder())
            .thenComparingLong(Registration::serviceId);

    public String code() {
        return item.code();
    }
}
