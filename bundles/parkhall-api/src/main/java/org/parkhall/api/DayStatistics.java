package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

/** The hall floor's figures for one day: the whole hall, and per queue, counter and department. */
public record DayStatistics(LocalDate day, FloorFigures hall, List<FloorFigures> queues, List<FloorFigures> counters,
        List<FloorFigures> departments) {
}
