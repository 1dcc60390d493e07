package org.parkhall.api;

import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/** The working-day calendar the hall counts time limits on (限时办结), for people to check. */
@ProviderType
public interface WorkingCalendar {

    /** A year as the hall counts it; a year without an arrangement counts weekends only (and says so). */
    WorkingYear year(int year);

    /** The hall's time zone: hall days and opening hours are counted in it. */
    ZoneId zone();
}
