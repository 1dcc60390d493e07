package org.parkhall.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Reads the work ledger (工作台账). Writing is the core's alone, in the transaction of each change. */
@ProviderType
public interface Ledger {
    /** The longest range one export may cover, in days. */
    int MAX_EXPORT_DAYS = 366;

    /** The most recent events, newest first; {@code limit} is between 1 and 1000. */
    default List<LedgerEvent> recent(int limit) {
        return recent(limit, SiteScope.COUNTY);
    }

    /**
     * The most recent events {@code scope} sees, newest first: a site admin's are those about the cases of their
     * sites (taken, handled or collected there).
     *
     * @since 3.2
     */
    List<LedgerEvent> recent(int limit, SiteScope scope);

    /**
     * Every event of the hall days {@code from} to {@code to} (both included, at most {@link #MAX_EXPORT_DAYS}),
     * oldest first, handed to {@code sink} as it is read, so that a year's export never sits in memory.
     *
     * @throws org.parkhall.spi.InvalidInputException if the range is reversed or too long (bilingual message)
     * @throws IOException if the sink fails; reading stops there
     */
    default void export(LocalDate from, LocalDate to, Sink sink) throws IOException {
        export(from, to, SiteScope.COUNTY, sink);
    }

    /**
     * As {@link #export(LocalDate, LocalDate, Sink)}, the events {@code scope} sees as {@link #recent(int, SiteScope)}
     * does.
     *
     * @since 3.2
     */
    void export(LocalDate from, LocalDate to, SiteScope scope, Sink sink) throws IOException;

    /** Receives exported events one at a time. */
    @FunctionalInterface
    interface Sink {
        void accept(LedgerEvent event) throws IOException;
    }
}
