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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.parkhall.api.CaseState;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.store.Times;

/**
 * What the day's statistics and the period reports read alike, for any span of time {@code [from, until)}: the
 * counter sign-ins, who served a ticket, the case a visit produced, the ratings that count and the decisions against
 * their due dates. Each rule is here once.
 */
final class FloorRecords {
    /** The key of what belongs to no department or item: the hall itself. */
    static final String HALL = "hall";

    /** The case states whose time limit runs: a case in one is open, and overdue once past its due date. */
    static final String RUNNING = Arrays.stream(CaseState.values()).filter(CaseState::clockRunning)
            .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));

    /**
     * A rating as the figures see it: what was rated (a visit or a case), for which department, counter, staff and
     * items, how, and for a case the site that took it (null for a visit).
     */
    record Rated(String subject, String department, int counter, String staff, List<String> items,
            RatingLevel overall, String caseTakenAt) {
    }

    /** Who was signed in at a counter, from when until when (null: still signed in). */
    record Shift(int counter, String staff, Instant from, Instant until) {
        boolean covers(int number, Instant at) {
            return counter == number && !from.isAfter(at) && (until == null || !until.isBefore(at));
        }
    }

    /** The item and department of the first case a visit produced; the hall's for a visit that produced none. */
    record Produced(String item, String department) {
    }

    /** A case approved or denied: by whom, on which hall day, against which due date (null: none set). */
    record Decision(String caseNumber, String item, String department, String actor, LocalDate due,
            LocalDate decidedOn) {
        /** 按时办结: decided on or before the due date. */
        boolean onTime() {
            return due == null || !decidedOn.isAfter(due);
        }
    }

    private FloorRecords() {
    }

    /** The counter sign-ins that overlap {@code [from, until)}. */
    static List<Shift> shifts(Connection connection, Instant from, Instant until) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT counter_no, staff, signed_in_at,"
                + " signed_out_at FROM counter_session WHERE signed_in_at < ? AND (signed_out_at IS NULL"
                + " OR signed_out_at >= ?)")) {
            query.setTimestamp(1, Timestamp.from(until), Times.utc());
            query.setTimestamp(2, Timestamp.from(from), Times.utc());
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
    static Optional<String> servedBy(List<Shift> shifts, Ticket ticket) {
        Instant at = ticket.serviceEndedAt() != null ? ticket.serviceEndedAt() : ticket.calledAt();
        return at == null ? Optional.empty() : shifts.stream().filter(shift -> shift.covers(ticket.counter(), at))
                .map(Shift::staff).findFirst();
    }

    /** What the ticket's visit produced: it counts for the item and department of its first case. */
    static Produced produced(Connection connection, Ticket ticket) throws SQLException {
        if (ticket.caseNumbers().isEmpty()) {
            return new Produced(HALL, HALL);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT item_code, department FROM case_file WHERE case_no = ?")) {
            query.setString(1, ticket.caseNumbers().get(0));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Produced(rows.getString(1), rows.getString(2)) : new Produced(HALL, HALL);
            }
        }
    }

    /** The ratings given in {@code [from, until)} but those an upheld appeal excluded. */
    static List<Rated> ratings(Connection connection, Instant from, Instant until) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT r.subject, r.department, r.counter_no,"
                + " r.staff_user, r.item_codes, r.overall, f.taken_at_site FROM rating r"
                + " LEFT JOIN case_file f ON r.subject = 'case:' || f.case_no"
                + " WHERE r.rated_at >= ? AND r.rated_at < ? AND r.excluded = FALSE")) {
            query.setTimestamp(1, Timestamp.from(from), Times.utc());
            query.setTimestamp(2, Timestamp.from(until), Times.utc());
            List<Rated> ratings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String items = rows.getString(5);
                    ratings.add(new Rated(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4),
                            items.isBlank() ? List.of() : List.of(items.split(",")),
                            RatingLevel.valueOf(rows.getString(6)), rows.getString(7)));
                }
            }
            return ratings;
        }
    }

    /** The cases approved or denied in {@code [from, until)}, of those {@code site} took (every site's when empty). */
    static List<Decision> decisions(Connection connection, Instant from, Instant until, String site, ZoneId zone)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT f.case_no, f.item_code, f.department,"
                + " e.actor, f.due_on, e.occurred_at FROM ledger_event e JOIN case_file f ON f.case_no = e.subject"
                + " WHERE e.action IN ('CASE_APPROVE', 'CASE_DENY') AND e.occurred_at >= ? AND e.occurred_at < ?"
                + (site.isEmpty() ? "" : " AND f.taken_at_site = ?"))) {
            query.setTimestamp(1, Timestamp.from(from), Times.utc());
            query.setTimestamp(2, Timestamp.from(until), Times.utc());
            if (!site.isEmpty()) {
                query.setString(3, site);
            }
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date due = rows.getDate(5);
                    decisions.add(new Decision(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), due == null ? null : due.toLocalDate(),
                            Times.instant(rows, "occurred_at").atZone(zone).toLocalDate()));
                }
            }
            return decisions;
        }
    }
}
