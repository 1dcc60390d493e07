package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The hall's figures for one day: the floor for the whole hall, per queue, counter and department, and per hour of
 * arrival (keys {@code "09"}…, in the hall's time zone); the cases decided that day; and per staff member (key: the
 * user name) the visits they served and the ratings that name them.
 */
public record DayStatistics(LocalDate day, FloorFigures hall, List<FloorFigures> queues, List<FloorFigures> counters,
        List<FloorFigures> departments, List<FloorFigures> hours, CaseFigures cases, List<FloorFigures> staff) {
}
