package org.parkhall.core.internal.appointments;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkhall.api.Appointment;
import org.parkhall.api.AppointmentRequest;
import org.parkhall.api.AppointmentState;
import org.parkhall.core.internal.store.Times;

/**
 * Appointment rows and the places taken per slot. Taking a place is a conditional update
 * ({@code booked < capacity}), so a slot is never overbooked however many book at once.
 */
final class AppointmentRecords {
    private static final String COLUMNS = "reference, service_day, queue_letter, slot_start, slot_end, extended,"
            + " person_name, phone, state, ticket_label, booked_at";

    private AppointmentRecords() {
    }

    /** Takes one place in the slot; false when it is full. */
    static boolean takePlace(Connection connection, LocalDate day, String queue, LocalTime start, int capacity)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE appointment_slot SET booked = booked + 1"
                + " WHERE service_day = ? AND queue_letter = ? AND slot_start = ? AND booked < ?")) {
            bindSlot(update, day, queue, start);
            update.setInt(4, capacity);
            if (update.executeUpdate() == 1) {
                return true;
            }
        }
        if (!placesTaken(connection, day, queue).containsKey(start) && capacity > 0) {
            // The slot's first booking; a concurrent first booking fails on the key and the transaction retries.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO appointment_slot"
                    + " (service_day, queue_letter, slot_start, booked) VALUES (?, ?, ?, 1)")) {
                bindSlot(insert, day, queue, start);
                insert.executeUpdate();
                return true;
            }
        }
        return false;
    }

    static void freePlace(Connection connection, LocalDate day, String queue, LocalTime start) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE appointment_slot SET booked = booked - 1"
                + " WHERE service_day = ? AND queue_letter = ? AND slot_start = ? AND booked > 0")) {
            bindSlot(update, day, queue, start);
            update.executeUpdate();
        }
    }

    /** Places taken per slot start of a queue on a day. */
    static Map<LocalTime, Integer> placesTaken(Connection connection, LocalDate day, String queue)
            throws SQLException {
        Map<LocalTime, Integer> taken = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT slot_start, booked FROM appointment_slot"
                + " WHERE service_day = ? AND queue_letter = ?")) {
            query.setDate(1, Date.valueOf(day));
            query.setString(2, queue);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    taken.put(LocalTime.parse(rows.getString(1)), rows.getInt(2));
                }
            }
        }
        return taken;
    }

    static void insert(Connection connection, String reference, AppointmentRequest request, LocalTime end,
            boolean extended, Instant bookedAt, String queryCodeDigest) throws SQLException {
        // live_phone: a second live booking of the phone in the queue that day fails on appointment_one_live.
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO appointment (" + COLUMNS
                + ", query_code_hash, live_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', '', ?, ?, ?)")) {
            insert.setString(1, reference);
            insert.setDate(2, Date.valueOf(request.day()));
            insert.setString(3, request.queue());
            insert.setString(4, request.start().toString());
            insert.setString(5, end.toString());
            insert.setBoolean(6, extended);
            insert.setString(7, request.name());
            insert.setString(8, request.phone());
            insert.setTimestamp(9, Timestamp.from(bookedAt), Times.utc());
            insert.setString(10, queryCodeDigest);
            insert.setString(11, request.phone());
            insert.executeUpdate();
        }
    }

    /** The digest of the booking's query code; empty when there is no such booking. */
    static Optional<String> queryCodeDigest(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT query_code_hash FROM appointment"
                + " WHERE reference = ? AND query_code_hash IS NOT NULL")) {
            query.setString(1, reference);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<Appointment> byReference(Connection connection, String reference) throws SQLException {
        List<Appointment> found = select(connection, "reference = ?", reference);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<Appointment> onDay(Connection connection, LocalDate day, String queue) throws SQLException {
        return queue.isEmpty() ? select(connection, "service_day = ?", Date.valueOf(day))
                : select(connection, "service_day = ? AND queue_letter = ?", Date.valueOf(day), queue);
    }

    /** Bookings still waiting for check-in on or before {@code day}. */
    static List<Appointment> bookedUntil(Connection connection, LocalDate day) throws SQLException {
        return select(connection, "state = 'BOOKED' AND service_day <= ?", Date.valueOf(day));
    }

    /** Whether {@code phone} already holds a live booking in the queue that day. */
    static boolean holdsBooking(Connection connection, LocalDate day, String queue, String phone)
            throws SQLException {
        return !select(connection, "service_day = ? AND queue_letter = ? AND phone = ? AND state = 'BOOKED'",
                Date.valueOf(day), queue, phone).isEmpty();
    }

    /** Moves the booking from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    static boolean move(Connection connection, String reference, AppointmentState from, AppointmentState to,
            String ticketLabel) throws SQLException {
        // Only BOOKED is live: leaving it frees the phone for another booking (see insert).
        try (PreparedStatement update = connection.prepareStatement("UPDATE appointment SET state = ?,"
                + " ticket_label = ?, live_phone = NULL WHERE reference = ? AND state = ?")) {
            update.setString(1, to.name());
            update.setString(2, ticketLabel);
            update.setString(3, reference);
            update.setString(4, from.name());
            return update.executeUpdate() == 1;
        }
    }

    private static List<Appointment> select(Connection connection, String where, Object... values)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM appointment WHERE "
                + where + " ORDER BY service_day, slot_start, id")) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            List<Appointment> appointments = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    appointments.add(new Appointment(rows.getString("reference"),
                            rows.getString("queue_letter"), rows.getDate("service_day").toLocalDate(),
                            LocalTime.parse(rows.getString("slot_start")), LocalTime.parse(rows.getString("slot_end")),
                            rows.getBoolean("extended"), rows.getString("person_name"), rows.getString("phone"),
                            AppointmentState.valueOf(rows.getString("state")), rows.getString("ticket_label"),
                            Times.instant(rows, "booked_at")));
                }
            }
            return appointments;
        }
    }

    private static void bindSlot(PreparedStatement statement, LocalDate day, String queue, LocalTime start)
            throws SQLException {
        statement.setDate(1, Date.valueOf(day));
        statement.setString(2, queue);
        statement.setString(3, start.toString());
    }
}
