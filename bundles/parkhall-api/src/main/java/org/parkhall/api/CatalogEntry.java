package org.parkhall.api;

import java.time.Instant;
import java.util.List;

import org.parkhall.spi.ServiceItem;

/**
 * An item of the hall's catalog (事项目录) as last described by its department, and whether it is served now.
 *
 * @param item           the item and its guide, as the last handler that served it described it
 * @param availability   whether a handler is deployed for it now
 * @param handlerBundle  symbolic name of the bundle that serves (or last served) it
 * @param handlerVersion version of that bundle
 * @param since          when the item last became available or unavailable
 * @param servedOn       the live nodes on the hall's database serving it now, this one included, by name (since 3.1)
 */
public record CatalogEntry(ServiceItem item, Availability availability, String handlerBundle, String handlerVersion,
        Instant since, List<String> servedOn) {

    public CatalogEntry {
        servedOn = List.copyOf(servedOn);
    }

    /** An entry of a hall with one node, or none other to name. */
    public CatalogEntry(ServiceItem item, Availability availability, String handlerBundle, String handlerVersion,
            Instant since) {
        this(item, availability, handlerBundle, handlerVersion, since, List.of());
    }

    /** Whether applications for it are taken on this node. */
    public boolean available() {
        return availability == Availability.AVAILABLE;
    }
}
