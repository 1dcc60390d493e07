package org.parkhall.core.internal.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.PeriodReport;
import org.parkhall.api.RecordState;
import org.parkhall.api.ReportPeriod;
import org.parkhall.api.Reports;
import org.parkhall.api.SiteScope;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.floor.QueueDefinition;
import org.parkhall.core.internal.floor.TicketRecords;
import org.parkhall.core.internal.ratings.RatingService;
import org.parkhall.core.internal.ratings.RectificationService;
import org.parkhall.core.internal.records.RecordLifecycle;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.InvalidInputException;

/**
 * Monthly and quarterly reports. The period's visits, ratings and decisions are read by the day statistics' own rules
 * ({@link FloorRecords}); a visit counts for its counter, for who served it, and for the item and department of its
 * first case. Cases accepted are those whose acceptance day falls in the period; a counter and a staff member are
 * credited with the accepted cases of the visits they served. What is open and overdue is judged at the end of the
 * report's last day ({@link PeriodReport#asOf()}) by the rules the cases, work records and rectifications themselves
 * apply. Work records name no site, so a site's report has none.
 */
@Component(service = Reports.class)
public final class ReportService implements Reports {
    /** A rectification open at the report's end: its department, deadline and what its rating was about. */
    private record OpenRectification(String department, LocalDate deadline, String subject, String caseTakenAt) {
    }

    private final Database database;
    private final HallCalendar calendar;
    private final FloorLayout layout;
    private final SiteDirectory sites;

    @Activate
    public ReportService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference FloorLayout layout, @Reference SiteDirectory sites) {
        this.database = database;
        this.calendar = calendar;
        this.layout = layout;
        this.sites = sites;
    }

    @Override
    public PeriodReport report(String code, Optional<String> site, SiteScope scope) {
        ReportPeriod period = ReportPeriod.of(code);
        calendar.hallDay("period", period.first());
        LocalDate today = calendar.today();
        if (period.first().isAfter(today)) {
            throw new InvalidInputException("period", "报表期 " + period.code() + " 尚未开始",
                    "the period " + period.code() + " has not begun");
        }
        String seen = sites.seenBy(scope, site);
        LocalDate asOf = period.last().isBefore(today) ? period.last() : today;
        ZoneId zone = calendar.zone();
        Instant from = period.first().atStartOfDay(zone).toInstant();
        Instant until = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        int workingDays = 0;
        for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            workingDays += calendar.workdays().isWorkingDay(day) ? 1 : 0;
        }
        int days = workingDays;
        return database.read(connection -> {
            ReportTally tally = new ReportTally(seen.isEmpty() ? EnumSet.allOf(ReportTally.Measure.class)
                    : EnumSet.complementOf(EnumSet.of(ReportTally.Measure.RECORDS)));
            Set<String> accepted = accepted(connection, period.first(), asOf, seen, tally);
            visits(connection, period.first(), asOf, seen, from, until, accepted, tally);
            for (FloorRecords.Decision decision : FloorRecords.decisions(connection, from, until, seen, zone)) {
                tally.decided(decision);
            }
            openCases(connection, asOf, until, seen, tally);
            if (seen.isEmpty()) {
                openRecords(connection, asOf, until, tally);
            }
            openRectifications(connection, asOf, until, seen, tally);
            return tally.report(period, seen, asOf, days);
        });
    }

    /** The period's visits with their ratings, and the ratings of the site's cases. */
    private void visits(Connection connection, LocalDate first, LocalDate asOf, String site, Instant from,
            Instant until, Set<String> accepted, ReportTally tally) throws SQLException {
        List<FloorRecords.Shift> shifts = FloorRecords.shifts(connection, from, until);
        Set<String> visited = new HashSet<>();
        for (LocalDate day = first; !day.isAfter(asOf); day = day.plusDays(1)) {
            for (Ticket ticket : TicketRecords.today(connection, site, day, "", null)) {
                int target = layout.queue(ticket.queue()).map(QueueDefinition.Queue::serviceLevelMinutes).orElse(0);
                FloorRecords.Produced produced = FloorRecords.produced(connection, ticket);
                FigureCalculator.Visit visit = new FigureCalculator.Visit(ticket.queue(), ticket.counter(),
                        produced.department(), ticket.state(), ticket.arrivedAt(),
                        ticket.calledAt(), ticket.serviceStartedAt(), ticket.serviceEndedAt(), target);
                tally.visit(visit, produced, FloorRecords.servedBy(shifts, ticket).orElse(""),
                        (int) ticket.caseNumbers().stream().filter(accepted::contains).count());
                visited.add(RatingService.subject(ticket));
            }
        }
        for (FloorRecords.Rated rated : FloorRecords.ratings(connection, from, until)) {
            if (site.isEmpty() || visited.contains(rated.subject()) || site.equals(rated.caseTakenAt())) {
                tally.rated(rated);
            }
        }
    }

    /** The cases accepted in the period, counted for the hall, their item and department; their numbers. */
    private static Set<String> accepted(Connection connection, LocalDate first, LocalDate asOf, String site,
            ReportTally tally) throws SQLException {
        Set<String> numbers = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT case_no, item_code, department"
                + " FROM case_file WHERE accepted_on >= ? AND accepted_on <= ?"
                + (site.isEmpty() ? "" : " AND taken_at_site = ?"))) {
            query.setDate(1, Date.valueOf(first));
            query.setDate(2, Date.valueOf(asOf));
            if (!site.isEmpty()) {
                query.setString(3, site);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                    tally.accepted(rows.getString(2), rows.getString(3));
                }
            }
        }
        return numbers;
    }

    /**
     * The cases open at the end of {@code asOf}: accepted by then, and running their clock now or decided only
     * after it; overdue when their due date had passed (the day statistics' rule).
     */
    private static void openCases(Connection connection, LocalDate asOf, Instant until, String site,
            ReportTally tally) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT f.item_code, f.department, f.due_on"
                + " FROM case_file f WHERE f.accepted_on <= ? AND (f.state IN (" + FloorRecords.RUNNING + ")"
                + " OR EXISTS (SELECT 1 FROM ledger_event e WHERE e.subject = f.case_no"
                + " AND e.action IN ('CASE_APPROVE', 'CASE_DENY') AND e.occurred_at >= ?))"
                + (site.isEmpty() ? "" : " AND f.taken_at_site = ?"))) {
            query.setDate(1, Date.valueOf(asOf));
            query.setTimestamp(2, Timestamp.from(until), Times.utc());
            if (!site.isEmpty()) {
                query.setString(3, site);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date due = rows.getDate(3);
                    tally.openCase(rows.getString(1), rows.getString(2),
                            due != null && due.toLocalDate().isBefore(asOf));
                }
            }
        }
    }

    /** The work records opened by the end of {@code asOf} and not closed by then, judged as they stood then. */
    private static void openRecords(Connection connection, LocalDate asOf, Instant until, ReportTally tally)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT owner, item_codes, progress_due,"
                + " progress_replied_at, final_due, replied_at FROM work_record WHERE opened_at < ?"
                + " AND (closed_at IS NULL OR closed_at >= ?)")) {
            query.setTimestamp(1, Timestamp.from(until), Times.utc());
            query.setTimestamp(2, Timestamp.from(until), Times.utc());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant progressReplied = Times.instantOrNull(rows, "progress_replied_at");
                    Instant replied = Times.instantOrNull(rows, "replied_at");
                    RecordState then = replied != null && replied.isBefore(until) ? RecordState.REPLIED
                            : RecordState.OPEN;
                    boolean overdue = RecordLifecycle.overdue(then, day(rows.getDate("progress_due")),
                            progressReplied != null && progressReplied.isBefore(until),
                            day(rows.getDate("final_due")), asOf);
                    String items = rows.getString("item_codes");
                    tally.openRecord(rows.getString("owner"), items.isBlank() ? List.of() : List.of(items.split(",")),
                            overdue);
                }
            }
        }
    }

    /**
     * The rectifications opened by the end of {@code asOf}, not followed up by then nor their rating's appeal
     * upheld; for a site, those of its visits and cases.
     */
    private static void openRectifications(Connection connection, LocalDate asOf, Instant until, String site,
            ReportTally tally) throws SQLException {
        List<OpenRectification> open = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT x.department,"
                + " COALESCE(x.done_by, x.deadline), r.subject, f.taken_at_site FROM rectification x"
                + " JOIN rating r ON r.id = x.rating_id LEFT JOIN rating_appeal a ON a.rating_id = r.id"
                + " LEFT JOIN case_file f ON r.subject = 'case:' || f.case_no"
                + " WHERE x.opened_at < ? AND (x.followed_up_at IS NULL OR x.followed_up_at >= ?)"
                + " AND (a.upheld IS NULL OR a.upheld = FALSE)")) {
            query.setTimestamp(1, Timestamp.from(until), Times.utc());
            query.setTimestamp(2, Timestamp.from(until), Times.utc());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.add(new OpenRectification(rows.getString(1), rows.getDate(2).toLocalDate(),
                            rows.getString(3), rows.getString(4)));
                }
            }
        }
        for (OpenRectification found : open) {
            if (site.isEmpty() || site.equals(found.caseTakenAt()) || visitAt(connection, found.subject(), site)) {
                tally.openRectification(found.department(),
                        RectificationService.overdue(found.deadline(), false, false, asOf));
            }
        }
    }

    /** Whether the rated subject is a visit ({@code ticket:<day>/<label>}) to {@code site}'s floor. */
    private static boolean visitAt(Connection connection, String subject, String site) throws SQLException {
        if (!subject.startsWith("ticket:") || subject.indexOf('/') < 0) {
            return false;
        }
        String[] parts = subject.substring("ticket:".length()).split("/", 2);
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM ticket WHERE service_day = ?"
                + " AND label = ? AND site_code = ?")) {
            query.setDate(1, Date.valueOf(LocalDate.parse(parts[0])));
            query.setString(2, parts[1]);
            query.setString(3, site);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
