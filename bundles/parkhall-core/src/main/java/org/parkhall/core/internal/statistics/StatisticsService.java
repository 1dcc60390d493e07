package org.parkhall.core.internal.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFigures;
import org.parkhall.api.CaseState;
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
import org.parkhall.core.internal.store.Times;

/**
 * The day's figures per queue, counter, department and hour of arrival. A visit counts for the department of the
 * first case its service produced, and for the hall itself when it produced none; so do the ratings. A visit's
 * rating also counts for its queue, counter and hour; a case's rating (given with its query code, not at a counter)
 * only for the hall and the case's department. Per staff member: the visits they served (signed in at the counter
 * when the service ended) and the ratings that name them. A rating an upheld appeal excluded counts nowhere.
 */
@Component(service = {Statistics.class, StatisticsService.class})
public final class StatisticsService implements Statistics {
    private static final String HALL = "hall";

    private final Database database;
    private final HallCalendar calendar;
    private final FloorLayout layout;

    /**
     * A rating as the figures see it: what was rated (a visit or a case), for which department and staff, how, and
     * for a case the site that took it (null for a visit).
     */
    private record Rated(String subject, String department, String staff, RatingLevel overall, String caseTakenAt) {
    }

    /** Who was signed in at a counter, from when until when (null: still signed in). */
    private record Shift(int counter, String staff, Instant from, Instant until) {
        boolean covers(int number, Instant at) {
            return counter == number && !from.isAfter(at) && (until == null || !until.isBefore(at));
        }
    }

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
            List<Shift> shifts = shifts(connection, day);
            for (Ticket ticket : TicketRecords.today(connection, site, day, "", null)) {
                int target = layout.queue(ticket.queue()).map(QueueDefinition.Queue::serviceLevelMinutes).orElse(0);
                FigureCalculator.Visit visit = new FigureCalculator.Visit(ticket.queue(), ticket.counter(),
                        department(connection, ticket), ticket.state(), ticket.arrivedAt(), ticket.calledAt(),
                        ticket.serviceStartedAt(), ticket.serviceEndedAt(), target);
                visits.add(visit);
                bySubject.put(RatingService.subject(ticket), visit);
                servedBy(shifts, ticket).ifPresent(staff -> byStaff.computeIfAbsent(staff, key -> new ArrayList<>())
                        .add(visit));
            }
            List<Rated> ratings = ratings(connection, day).stream().filter(rated -> site.isEmpty()
                    || bySubject.containsKey(rated.subject()) || site.equals(rated.caseTakenAt())).toList();
            // Each visit's rating beside the visit, to be counted under the same key as the visit itself.
            List<Map.Entry<FigureCalculator.Visit, RatingLevel>> ratedVisits = ratings.stream()
                    .filter(rated -> bySubject.containsKey(rated.subject()))
                    .map(rated -> Map.entry(bySubject.get(rated.subject()), rated.overall())).toList();
            Function<FigureCalculator.Visit, String> queue = FigureCalculator.Visit::queue;
            Function<FigureCalculator.Visit, String> counter = visit -> String.valueOf(visit.counter());
            Function<FigureCalculator.Visit, String> hour = visit -> String.format("%02d",
                    visit.arrivedAt().atZone(calendar.zone()).getHour());
            FloorFigures hall = FigureCalculator.figures(HALL, visits, ratings.stream().map(Rated::overall).toList());
            Map<String, List<RatingLevel>> byDepartment = ratings.stream().collect(Collectors.groupingBy(
                    Rated::department, TreeMap::new, Collectors.mapping(Rated::overall, Collectors.toList())));
            Map<String, List<RatingLevel>> staffRatings = ratings.stream().filter(rated -> !rated.staff().isEmpty())
                    .collect(Collectors.groupingBy(Rated::staff, TreeMap::new,
                            Collectors.mapping(Rated::overall, Collectors.toList())));
            staffRatings.keySet().forEach(staff -> byStaff.putIfAbsent(staff, List.of()));
            List<FloorFigures> staff = byStaff.entrySet().stream().map(entry -> FigureCalculator.figures(
                    entry.getKey(), entry.getValue(), staffRatings.getOrDefault(entry.getKey(), List.of()))).toList();
            return new DayStatistics(day, hall, group(visits, queue, ratedBy(ratedVisits, queue)),
                    group(visits.stream().filter(visit -> visit.counter() > 0).toList(), counter,
                            ratedBy(ratedVisits, counter)),
                    group(visits, FigureCalculator.Visit::department, byDepartment),
                    group(visits, hour, ratedBy(ratedVisits, hour)), cases(connection, day, site), staff);
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

    private static String department(Connection connection, Ticket ticket) throws SQLException {
        if (ticket.caseNumbers().isEmpty()) {
            return HALL;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT department FROM case_file WHERE case_no = ?")) {
            query.setString(1, ticket.caseNumbers().get(0));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : HALL;
            }
        }
    }

    /** Decisions of the day against their due dates, and the open cases overdue by its end. */
    private CaseFigures cases(Connection connection, LocalDate day, String site) throws SQLException {
        ZonedDateTime start = day.atStartOfDay(calendar.zone());
        int decided = 0;
        int onTime = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT f.due_on, e.occurred_at"
                + " FROM ledger_event e JOIN case_file f ON f.case_no = e.subject"
                + " WHERE e.action IN ('CASE_APPROVE', 'CASE_DENY') AND e.occurred_at >= ? AND e.occurred_at < ?"
                + (site.isEmpty() ? "" : " AND f.taken_at_site = ?"))) {
            query.setTimestamp(1, Timestamp.from(start.toInstant()), Times.utc());
            query.setTimestamp(2, Timestamp.from(start.plusDays(1).toInstant()), Times.utc());
            if (!site.isEmpty()) {
                query.setString(3, site);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    decided++;
                    Date due = rows.getDate(1);
                    onTime += due == null || !day.isAfter(due.toLocalDate()) ? 1 : 0;
                }
            }
        }
        String running = Arrays.stream(CaseState.values()).filter(CaseState::clockRunning)
                .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
        int overdue;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM case_file WHERE state IN (" + running + ") AND due_on < ?"
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

    /** The counter sign-ins that overlap the day. */
    private List<Shift> shifts(Connection connection, LocalDate day) throws SQLException {
        ZonedDateTime start = day.atStartOfDay(calendar.zone());
        try (PreparedStatement query = connection.prepareStatement("SELECT counter_no, staff, signed_in_at,"
                + " signed_out_at FROM counter_session WHERE signed_in_at < ? AND (signed_out_at IS NULL"
                + " OR signed_out_at >= ?)")) {
            query.setTimestamp(1, Timestamp.from(start.plusDays(1).toInstant()), Times.utc());
            query.setTimestamp(2, Timestamp.from(start.toInstant()), Times.utc());
            List<Shift> shifts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    shifts.add(new Shift(rows.getInt(1), rows.getString(2), Times.instant(rows, "signed_in_at"),
                            Times.instantOrNull(rows, "signed_out_at")));
                }
            }
            return shifts;
        }
    }

    /** Who served (or called, for a no-show) the ticket: the one signed in at its counter then. */
    private static Optional<String> servedBy(List<Shift> shifts, Ticket ticket) {
        Instant at = ticket.serviceEndedAt() != null ? ticket.serviceEndedAt() : ticket.calledAt();
        return at == null ? Optional.empty() : shifts.stream().filter(shift -> shift.covers(ticket.counter(), at))
                .map(Shift::staff).findFirst();
    }

    /** The day's ratings but those an upheld appeal excluded. */
    private List<Rated> ratings(Connection connection, LocalDate day) throws SQLException {
        ZonedDateTime start = day.atStartOfDay(calendar.zone());
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT r.subject, r.department, r.staff_user, r.overall, f.taken_at_site FROM rating r"
                        + " LEFT JOIN case_file f ON f.case_no = r.subject"
                        + " WHERE r.rated_at >= ? AND r.rated_at < ? AND r.excluded = FALSE")) {
            query.setTimestamp(1, Timestamp.from(start.toInstant()), Times.utc());
            query.setTimestamp(2, Timestamp.from(start.plusDays(1).toInstant()), Times.utc());
            List<Rated> ratings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ratings.add(new Rated(rows.getString(1), rows.getString(2), rows.getString(3),
                            RatingLevel.valueOf(rows.getString(4)), rows.getString(5)));
                }
            }
            return ratings;
        }
    }
}
