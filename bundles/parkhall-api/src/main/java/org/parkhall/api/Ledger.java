package org.parkhall.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Reads the work ledger (工作台账). Writing is the core's alone, in the transaction of each change. */
@ProviderType
public interface Ledger {

    /** The most recent events, newest first; {@code limit} is between 1 and 1000. */
    List<LedgerEvent> recent(int limit);
}
