package org.parkhall.web.internal.catalog;

import java.time.Instant;
import java.util.List;

import org.parkhall.api.Availability;
import org.parkhall.api.CatalogEntry;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Department;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.ServiceItem;

/**
 * An item as the API shows it; the guide only in the detail view. {@code servedOn} names the live nodes that take it
 * (with availability {@code OTHER_NODES} the others only).
 */
record ItemView(String code, Bilingual name, Department department, ItemKind kind, int legalLimitDays,
        int promisedLimitDays, boolean instant, Availability availability, List<String> servedOn, String handlerBundle,
        String handlerVersion, Instant since, GuideView guide) {

    static ItemView summary(CatalogEntry entry) {
        return of(entry, null);
    }

    static ItemView detail(CatalogEntry entry) {
        return of(entry, GuideView.of(entry.item().guide()));
    }

    private static ItemView of(CatalogEntry entry, GuideView guide) {
        ServiceItem item = entry.item();
        return new ItemView(item.code(), item.name(), item.department(), item.kind(), item.legalLimitDays(),
                item.promisedLimitDays(), item.instant(), entry.availability(), entry.servedOn(), entry.handlerBundle(),
                entry.handlerVersion(), entry.since(), guide);
    }
}
