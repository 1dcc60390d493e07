package org.parkhall.core.internal.hall;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.Hall;
import org.parkhall.api.HallStatus;
import org.parkhall.core.internal.store.Database;

/** The hall's status: started when, on which database, with how many items and departments serving. */
@Component(service = Hall.class)
public final class HallService implements Hall {
    private final Database database;
    private final Catalog catalog;
    private final Instant startedAt = Clock.systemUTC().instant();

    @Activate
    public HallService(@Reference Database database, @Reference Catalog catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    @Override
    public HallStatus status() {
        List<CatalogEntry> entries = catalog.entries();
        List<CatalogEntry> available = entries.stream().filter(CatalogEntry::available).toList();
        int departments = (int) available.stream().map(entry -> entry.item().department().code()).distinct().count();
        return new HallStatus(startedAt, database.product(), database.schemaVersion(), entries.size(),
                available.size(), departments);
    }
}
