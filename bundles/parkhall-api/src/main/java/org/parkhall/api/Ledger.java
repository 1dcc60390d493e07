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
    List<LedgerEvent> recent(int limit);

    /**
     * Every event of the hall days {@code from} to {@code to} (both included, at most {@link #MAX_EXPORT_DAYS}),
     * oldest first, handed to {@code sink} as it is read, so that a year's export never sits in memory.
     *
     * @throws org.parkhall.spi.InvalidInputException if the range is reversed or too long (bilingual message)
     * @throws IOException if the sink fails; reading stops there
     */
    void export(LocalDate from, LocalDate to, Sink sink) throws IOException;

    /** Receives exported events one at a time. */
    @FunctionalInterface
    interface Sink {
        void accept(LedgerEvent event) throws IOException;
    }
}
