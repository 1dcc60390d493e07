package org.parkhall.core.internal.statistics;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.parkhall.api.FloorFigures;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.TicketState;

public class FigureCalculatorTest {
    private static final Instant OPEN = Instant.parse("2026-11-24T01:00:00Z");

    private static FigureCalculator.Visit served(int waitMinutes, int serviceMinutes) {
        Instant called = OPEN.plusSeconds(60L * waitMinutes);
        return new FigureCalculator.Visit("A", 1, "amr", TicketState.DONE, OPEN, called, called,
                called.plusSeconds(60L * serviceMinutes), 15);
    }

    @Test
    public void countsAveragesAndTheNinetiethPercentile() {
        List<FigureCalculator.Visit> visits = new ArrayList<>();
        for (int wait = 1; wait <= 10; wait++) {
            visits.add(served(wait * 2, wait));
        }
        visits.add(new FigureCalculator.Visit("A", 2, "hall", TicketState.NO_SHOW, OPEN, OPEN.plusSeconds(60), null,
                null, 15));
        visits.add(new FigureCalculator.Visit("A", 0, "hall", TicketState.WAITING, OPEN, null, null, null, 15));
        FloorFigures figures = FigureCalculator.figures("A", visits, List.of(RatingLevel.VERY_SATISFIED,
                RatingLevel.BASICALLY_SATISFIED, RatingLevel.DISSATISFIED, RatingLevel.SATISFIED));
        assertEquals(12, figures.issued());
        assertEquals(10, figures.served());
        assertEquals(1, figures.noShows());
        assertEquals("11 called: waits 2..20 and 1", 10.1, figures.averageWait(), 0.001);
        assertEquals("nearest rank 10 of 11", 18.0, figures.p90Wait(), 0.001);
        assertEquals(5.5, figures.averageService(), 0.001);
        assertEquals(9.0, figures.p90Service(), 0.001);
        assertEquals("waits of 1, 2..14 are within 15 minutes", 0.727, figures.withinTarget(), 0.0005);
        assertEquals(4, figures.ratings());
        assertEquals("基本满意 and better count as satisfied", 0.75, figures.satisfaction(), 0.0005);
    }

    @Test
    public void anEmptyDayHasZeroesNotErrors() {
        FloorFigures figures = FigureCalculator.figures("hall", List.of(), List.of());
        assertEquals(0, figures.issued());
        assertEquals(0.0, figures.p90Wait(), 0);
        assertEquals(0.0, figures.satisfaction(), 0);
    }
}
