package org.parkhall.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/** Statistics of the hall floor (统计). */
@ProviderType
public interface Statistics {

    /** The figures of {@code day} in the hall's time zone. */
    DayStatistics day(LocalDate day);

    /** The figures so far of today, in the hall's time zone. */
    DayStatistics today();
}
