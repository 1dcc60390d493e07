package org.parkhall.api;

import java.time.Duration;
import java.util.List;

/**
 * A finished copy of the store: where to (the URL without its parameters), every table copied, how long it took.
 *
 * @since 3.1
 */
public record StoreCopyReport(String target, List<TableContent> tables, Duration took) {
    public StoreCopyReport {
        tables = List.copyOf(tables);
    }
}
