package org.parkhall.core.internal.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFigures;
import org.parkhall.api.DayStatistics;
import org.parkhall.api.FloorFigures;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Statistics;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.floor.QueueDefinition;
import org.parkhall.core.internal.floor.TicketRecords;
import org.parkhall.core.internal.ratings.RatingService;
import org.parkhall.core.internal.store.Database;

/**
 * The day's figures per queue, counter, department and hour of arrival. A visit counts for the department of the
 * first case its service produced, and for the hall itself when it produced none; so do the ratings. A visit's
 * rating also counts for its queue, counter and hour; a case's rating (given with its query code, not at a counter)
 * only for the hall and the case's department. Per staff member: the visits they served (signed in at the counter
 * when the service ended) and the ratings that name them. A rating an upheld appeal excluded counts nowhere.
 */
@Component(service = {Statistics.class, StatisticsService.class})
public final class StatisticsService implements Statistics {
    private final Database database;
    private final HallCalendar calendar;
    private final FloorLayout layout;

    @Activate
    public StatisticsService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference FloorLayout layout) {
        this.database = database;
        this.calendar = calendar;
        this.layout = layout;
    }

    @Override
    public DayStatistics day(LocalDate day) {
        return day(day, "");
    }

    /**
     * The figures of {@code day} for one site: its floor's visits, their ratings, and the cases taken there with
     * theirs; the whole county's when {@code site} is empty.
     */
    public DayStatistics day(LocalDate day, String site) {
        calendar.hallDay("day", day);
        return database.read(connection -> {
            List<FigureCalculator.Visit> visits = new ArrayList<>();
            Map<String, FigureCalculator.Visit> bySubject = new HashMap<>();
            Map<String, List<FigureCalculator.Visit>> byStaff = new TreeMap<>();
            Instant from = day.atStartOfDay(calendar.zone()).toInstant();
            Instant until = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            List<FloorRecords.Shift> shifts = FloorRecords.shifts(connection, from, until);
            for (Ticket ticket : TicketRecords.today(connection, site, day, "", null)) {
                int target = layout.queue(ticket.queue()).map(QueueDefinition.Queue::serviceLevelMinutes).orElse(0);
                FigureCalculator.Visit visit = new FigureCalculator.Visit(ticket.queue(), ticket.counter(),
                        FloorRecords.produced(connection, ticket).department(), ticket.state(), ticket.arrivedAt(), ticket.calledAt(),
                        ticket.serviceStartedAt(), ticket.serviceEndedAt(), target);
                visits.add(visit);
                bySubject.put(RatingService.subject(ticket), visit);
                FloorRecords.servedBy(shifts, ticket).ifPresent(staff -> byStaff.computeIfAbsent(staff, key -> new ArrayList<>())
                        .add(visit));
            }
            List<FloorRecords.Rated> ratings = FloorRecords.ratings(connection, from, until).stream().filter(rated -> site.isEmpty()
                    || bySubject.containsKey(rated.subject()) || site.equals(rated.caseTakenAt())).toList();
            // Each visit's rating beside the visit, to be counted under the same key as the visit itself.
            List<Map.Entry<FigureCalculator.Visit, RatingLevel>> ratedVisits = ratings.stream()
                    .filter(rated -> bySubject.containsKey(rated.subject()))
                    .map(rated -> Map.entry(bySubject.get(rated.subject()), rated.overall())).toList();
            Function<FigureCalculator.Visit, String> queue = FigureCalculator.Visit::queue;
            Function<FigureCalculator.Visit, String> counter = visit -> String.valueOf(visit.counter());
            Function<FigureCalculator.Visit, String> hour = visit -> String.format("%02d",
                    visit.arrivedAt().atZone(calendar.zone()).getHour());
            FloorFigures hall = FigureCalculator.figures(FloorRecords.HALL, visits,
                    ratings.stream().map(FloorRecords.Rated::overall).toList());
            Map<String, List<RatingLevel>> byDepartment = ratings.stream().collect(Collectors.groupingBy(
                    FloorRecords.Rated::department, TreeMap::new,
                    Collectors.mapping(FloorRecords.Rated::overall, Collectors.toList())));
            Map<String, List<RatingLevel>> staffRatings = ratings.stream().filter(rated -> !rated.staff().isEmpty())
                    .collect(Collectors.groupingBy(FloorRecords.Rated::staff, TreeMap::new,
                            Collectors.mapping(FloorRecords.Rated::overall, Collectors.toList())));
            staffRatings.keySet().forEach(staff -> byStaff.putIfAbsent(staff, List.of()));
            List<FloorFigures> staff = byStaff.entrySet().stream().map(entry -> FigureCalculator.figures(
                    entry.getKey(), entry.getValue(), staffRatings.getOrDefault(entry.getKey(), List.of()))).toList();
            return new DayStatistics(day, hall, group(visits, queue, ratedBy(ratedVisits, queue)),
                    group(visits.stream().filter(visit -> visit.counter() > 0).toList(), counter,
                            ratedBy(ratedVisits, counter)),
                    group(visits, FigureCalculator.Visit::department, byDepartment),
                    group(visits, hour, ratedBy(ratedVisits, hour)), cases(connection, day, from, until, site), staff);
        });
    }

    @Override
    public DayStatistics today() {
        return day(calendar.today());
    }

    /** Today in the hall's time zone. */
    public LocalDate todayInHall() {
        return calendar.today();
    }

    /** The visits' ratings under the key their visit has. */
    private static Map<String, List<RatingLevel>> ratedBy(List<Map.Entry<FigureCalculator.Visit, RatingLevel>> rated,
            Function<FigureCalculator.Visit, String> key) {
        return rated.stream().collect(Collectors.groupingBy(entry -> key.apply(entry.getKey()), TreeMap::new,
                Collectors.mapping(entry -> entry.getValue(), Collectors.toList())));
    }

    /** Figures per key; keys that only have ratings get figures too. */
    private static List<FloorFigures> group(List<FigureCalculator.Visit> visits,
            Function<FigureCalculator.Visit, String> key, Map<String, List<RatingLevel>> ratings) {
        Map<String, List<FigureCalculator.Visit>> grouped = visits.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        ratings.keySet().forEach(rated -> grouped.putIfAbsent(rated, List.of()));
        return grouped.entrySet().stream().map(entry -> FigureCalculator.figures(entry.getKey(), entry.getValue(),
                ratings.getOrDefault(entry.getKey(), List.of()))).toList();
    }

    /** Decisions of the day against their due dates, and the open cases overdue by its end. */
    private CaseFigures cases(Connection connection, LocalDate day, Instant from, Instant until, String site)
            throws SQLException {
        List<FloorRecords.Decision> decisions = FloorRecords.decisions(connection, from, until, site,
                calendar.zone());
        int decided = decisions.size();
        int onTime = (int) decisions.stream().filter(FloorRecords.Decision::onTime).count();
        int overdue;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM case_file WHERE state IN (" + FloorRecords.RUNNING + ") AND due_on < ?"
                        + (site.isEmpty() ? "" : " AND taken_at_site = ?"))) {
            query.setDate(1, Date.valueOf(day));
            if (!site.isEmpty()) {
                query.setString(2, site);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                overdue = rows.getInt(1);
            }
        }
        return new CaseFigures(decided, onTime, decided == 0 ? 0 : (double) onTime / decided, overdue);
    }
}
