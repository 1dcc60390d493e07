package org.parkhall.api;

import java.time.Instant;

/**
 * The hall at a glance, for operators and health checks.
 *
 * @param startedAt      when the core last started
 * @param database       product name and version of the database in use
 * @param schemaVersion  number of the last schema migration applied
 * @param itemsTotal     items in the catalog
 * @param itemsAvailable items with a deployed handler
 * @param departments    departments with at least one deployed handler
 */
public record HallStatus(Instant startedAt, String database, int schemaVersion, int itemsTotal, int itemsAvailable,
        int departments) {
}
