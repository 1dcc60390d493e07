package org.parkhall.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Ledger;
import org.parkhall.api.LedgerEvent;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.LedgerRecords;

/** Reads the work ledger for the faces of the hall. */
@Component(service = Ledger.class)
public final class LedgerService implements Ledger {
    static final int MAX_LIMIT = 1000;

    private final Database database;

    @Activate
    public LedgerService(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<LedgerEvent> recent(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return database.read(connection -> LedgerRecords.recent(connection, limit));
    }
}
