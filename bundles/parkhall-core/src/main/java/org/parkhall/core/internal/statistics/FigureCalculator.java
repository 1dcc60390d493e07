package org.parkhall.core.internal.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.parkhall.api.FloorFigures;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.TicketState;

/** Turns a day's visits and ratings into figures: counts, average and 90th-percentile times, shares. */
final class FigureCalculator {

    /** One ticket as the figures see it; {@code targetMinutes} is its queue's service-level target. */
    record Visit(String queue, int counter, String department, TicketState state, Instant arrivedAt,
            Instant calledAt, Instant serviceStartedAt, Instant serviceEndedAt, int targetMinutes) {

        boolean called() {
            return calledAt != null;
        }

        double waitMinutes() {
            return minutes(arrivedAt, calledAt);
        }

        boolean served() {
            return state == TicketState.DONE && serviceStartedAt != null && serviceEndedAt != null;
        }
    }

    private FigureCalculator() {
    }

    static FloorFigures figures(String key, List<Visit> visits, List<RatingLevel> ratings) {
        List<Double> waits = visits.stream().filter(Visit::called).map(Visit::waitMinutes).sorted().toList();
        List<Double> services = visits.stream().filter(Visit::served)
                .map(visit -> minutes(visit.serviceStartedAt(), visit.serviceEndedAt())).sorted().toList();
        long withinTarget = visits.stream().filter(Visit::called)
                .filter(visit -> visit.waitMinutes() <= visit.targetMinutes()).count();
        long satisfied = ratings.stream().filter(level -> !level.bad()).count();
        return new FloorFigures(key, visits.size(),
                (int) visits.stream().filter(visit -> visit.state() == TicketState.DONE).count(),
                (int) visits.stream().filter(visit -> visit.state() == TicketState.NO_SHOW).count(),
                tenth(average(waits)), tenth(percentile90(waits)), tenth(average(services)),
                tenth(percentile90(services)), share(withinTarget, waits.size()), ratings.size(),
                share(satisfied, ratings.size()));
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }

    private static double average(List<Double> sorted) {
        return sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The nearest-rank 90th percentile of sorted values. */
    private static double percentile90(List<Double> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
