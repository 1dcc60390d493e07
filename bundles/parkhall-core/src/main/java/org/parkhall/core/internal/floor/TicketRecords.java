package org.parkhall.core.internal.floor;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.store.Times;

/**
 * Ticket rows, each on one site's floor (its labels numbered per site per day). A state change names the state it
 * expects ({@link #move}), so of two counters reaching for one ticket exactly one succeeds.
 */
public final class TicketRecords {
    private static final String COLUMNS = "id, service_day, label, queue_letter, priority, state, arrived_at,"
            + " called_at, counter_no, recalls, service_started_at, service_ended_at, case_numbers";

    private TicketRecords() {
    }

    static long insert(Connection connection, String site, LocalDate day, String label, String queue,
            Priority priority, Instant arrivedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (service_day, label,"
                + " queue_letter, priority, state, arrived_at, counter_no, recalls, case_numbers, site_code)"
                + " VALUES (?, ?, ?, ?, 'WAITING', ?, 0, 0, '', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setDate(1, Date.valueOf(day));
            insert.setString(2, label);
            insert.setString(3, queue);
            insert.setString(4, priority.name());
            insert.setTimestamp(5, Timestamp.from(arrivedAt), Times.utc());
            insert.setString(6, site);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Moves ticket {@code id} from {@code from} to {@code to}, setting {@code assignments} (SQL like
     * {@code "counter_no = ?"}) with {@code values}; false when the ticket was no longer in {@code from}.
     */
    static boolean move(Connection connection, long id, TicketState from, TicketState to, String assignments,
            Object... values) throws SQLException {
        String sql = "UPDATE ticket SET state = ?" + (assignments.isEmpty() ? "" : ", " + assignments)
                + " WHERE id = ? AND state = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            update.setString(i++, to.name());
            for (Object value : values) {
                if (value instanceof Instant instant) {
                    update.setTimestamp(i++, Timestamp.from(instant), Times.utc());
                } else {
                    update.setObject(i++, value);
                }
            }
            update.setLong(i++, id);
            update.setString(i, from.name());
            return update.executeUpdate() == 1;
        }
    }

    static Optional<Ticket> byLabel(Connection connection, String site, LocalDate day, String label)
            throws SQLException {
        return query(connection, "WHERE service_day = ? AND site_code = ? AND label = ?", day, site, label).stream()
                .findFirst();
    }

    public static Optional<Ticket> byId(Connection connection, long id) throws SQLException {
        return query(connection, "WHERE id = ?", id).stream().findFirst();
    }

    /** The ticket called or in service at a counter of the site today. */
    static Optional<Ticket> atCounter(Connection connection, String site, LocalDate day, int counter)
            throws SQLException {
        return query(connection, "WHERE service_day = ? AND site_code = ? AND counter_no = ?"
                + " AND state IN ('CALLED', 'SERVING')", day, site, counter).stream().findFirst();
    }

    /** The counter's tickets on hold today, earliest first. */
    static List<Ticket> onHold(Connection connection, String site, LocalDate day, int counter) throws SQLException {
        return query(connection, "WHERE service_day = ? AND site_code = ? AND counter_no = ? AND state = 'ON_HOLD'"
                + " ORDER BY id", day, site, counter);
    }

    /** The day's tickets of {@code site} (every site's when empty), optionally of one queue and state. */
    public static List<Ticket> today(Connection connection, String site, LocalDate day, String queue,
            TicketState state) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE service_day = ?");
        List<Object> values = new ArrayList<>(List.of(day));
        if (!site.isEmpty()) {
            where.append(" AND site_code = ?");
            values.add(site);
        }
        if (!queue.isEmpty()) {
            where.append(" AND queue_letter = ?");
            values.add(queue);
        }
        if (state != null) {
            where.append(" AND state = ?");
            values.add(state.name());
        }
        where.append(" ORDER BY id DESC");
        return query(connection, where.toString(), values.toArray());
    }

    /** Today's last {@code limit} tickets called (or recalled), the latest first. */
    static List<Ticket> lastCalled(Connection connection, String site, LocalDate day, int limit)
            throws SQLException {
        return query(connection, "WHERE service_day = ? AND site_code = ? AND called_at IS NOT NULL"
                + " ORDER BY called_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", day, site);
    }

    /** Today's waiting tickets of the given queues, oldest arrival first. */
    static List<Ticket> waiting(Connection connection, String site, LocalDate day, List<String> queues)
            throws SQLException {
        List<Ticket> waiting = new ArrayList<>(today(connection, site, day, "", TicketState.WAITING));
        waiting.removeIf(ticket -> !queues.contains(ticket.queue()));
        waiting.sort((a, b) -> a.arrivedAt().compareTo(b.arrivedAt()));
        return waiting;
    }

    /** How long the last {@code limit} services of a queue took today. */
    static List<Duration> recentServiceTimes(Connection connection, String site, LocalDate day, String queue,
            int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT service_started_at, service_ended_at"
                + " FROM ticket WHERE service_day = ? AND site_code = ? AND queue_letter = ? AND state = 'DONE'"
                + " AND service_started_at IS NOT NULL ORDER BY service_ended_at DESC")) {
            query.setDate(1, Date.valueOf(day));
            query.setString(2, site);
            query.setString(3, queue);
            query.setMaxRows(limit);
            List<Duration> durations = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    durations.add(Duration.between(Times.instant(rows, "service_started_at"),
                            Times.instant(rows, "service_ended_at")));
                }
            }
            return durations;
        }
    }

    private static List<Ticket> query(Connection connection, String where, Object... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM ticket " + where)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i] instanceof LocalDate day ? Date.valueOf(day) : values[i]);
            }
            List<Ticket> tickets = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String cases = rows.getString("case_numbers");
                    tickets.add(new Ticket(rows.getLong("id"), rows.getDate("service_day").toLocalDate(),
                            rows.getString("label"), rows.getString("queue_letter"),
                            Priority.valueOf(rows.getString("priority")), TicketState.valueOf(rows.getString("state")),
                            Times.instant(rows, "arrived_at"), Times.instantOrNull(rows, "called_at"),
                            rows.getInt("counter_no"), rows.getInt("recalls"),
                            Times.instantOrNull(rows, "service_started_at"), Times.instantOrNull(rows, "service_ended_at"),
                            cases.isEmpty() ? List.of() : Arrays.asList(cases.split(",")), 0, 0));
                }
            }
            return tickets;
        }
    }
}
