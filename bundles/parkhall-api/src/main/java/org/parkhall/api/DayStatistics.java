package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The hall's figures for one day: the floor for the whole hall, per queue, counter and department, and per hour of
 * arrival (keys {@code "09"}…, in the hall's time zone); and the cases decided that day.
 */
public record DayStatistics(LocalDate day, FloorFigures hall, List<FloorFigures> queues, List<FloorFigures> counters,
        List<FloorFigures> departments, List<FloorFigures> hours, CaseFigures cases) {
}
