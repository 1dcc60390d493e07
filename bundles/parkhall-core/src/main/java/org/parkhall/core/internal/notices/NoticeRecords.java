package org.parkhall.core.internal.notices;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.parkhall.api.Notice;
import org.parkhall.api.NoticeKind;
import org.parkhall.api.NoticeState;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.NoticeAddress;
import org.parkhall.spi.NoticeMessage;
import org.parkhall.core.internal.store.Times;

/** The SQL of the outbox (migration 022). Every state change is guarded by the state it leaves. */
final class NoticeRecords {
    private static final String LISTED = "id, kind, reference, address_kind, address, state, attempts, channel,"
            + " created_at, next_attempt_at, sent_at, last_error";

    /** A notice claimed by one sender, with the token its outcome must name. */
    record Claimed(NoticeMessage message, String token, int attempts) {
    }

    private NoticeRecords() {
    }

    static boolean exists(Connection connection, String dedupeKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM notice WHERE dedupe_key = ?")) {
            select.setString(1, dedupeKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    static long insert(Connection connection, NoticeDraft draft, Bilingual text, String addressHash, String idHash,
            String codeHash, NoticeState state, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notice (kind, reference, dedupe_key,"
                + " address_kind, address, address_hash, id_hash, opt_out_code_hash, subject_zh, subject_en, text_zh,"
                + " text_en, state, attempts, channel, created_at, next_attempt_at, last_error)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, '')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, draft.kind().name());
            insert.setString(2, draft.reference());
            insert.setString(3, draft.dedupeKey());
            insert.setString(4, draft.to().kind().name());
            insert.setString(5, draft.to().value());
            insert.setString(6, addressHash);
            insert.setString(7, idHash);
            insert.setString(8, codeHash);
            insert.setString(9, draft.subject().zh());
            insert.setString(10, draft.subject().en());
            insert.setString(11, text.zh());
            insert.setString(12, text.en());
            insert.setString(13, state.name());
            insert.setTimestamp(14, Timestamp.from(now), Times.utc());
            insert.setTimestamp(15, Timestamp.from(now), Times.utc());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static boolean optedOut(Connection connection, String addressHash, String idHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM notice_opt_out WHERE subject_hash = ? OR subject_hash = ?")) {
            select.setString(1, addressHash);
            select.setString(2, idHash == null ? addressHash : idHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Records an opt-out; false if the subject had opted out already. */
    static boolean optOut(Connection connection, String subjectHash, String actor, Instant now) throws SQLException {
        if (optedOut(connection, subjectHash, null)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO notice_opt_out (subject_hash, since, actor) VALUES (?, ?, ?)")) {
            insert.setString(1, subjectHash);
            insert.setTimestamp(2, Timestamp.from(now), Times.utc());
            insert.setString(3, actor);
            insert.executeUpdate();
        }
        return true;
    }

    static boolean optIn(Connection connection, String subjectHash) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM notice_opt_out WHERE subject_hash = ?")) {
            delete.setString(1, subjectHash);
            return delete.executeUpdate() == 1;
        }
    }

    /** The queued notices to an opted-out subject are not sent. */
    static int suppressQueued(Connection connection, String subjectHash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET state = 'OPTED_OUT'"
                + " WHERE state = 'QUEUED' AND (address_hash = ? OR id_hash = ?)")) {
            update.setString(1, subjectHash);
            update.setString(2, subjectHash);
            return update.executeUpdate();
        }
    }

    static Optional<String> addressHashOfCode(Connection connection, String codeHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT address_hash FROM notice WHERE opt_out_code_hash = ?")) {
            select.setString(1, codeHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Claims that ran out (their node died or hung while sending) are queued again. */
    static int releaseExpiredClaims(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET state = 'QUEUED',"
                + " claim_token = NULL, claimed_by = NULL, claimed_until = NULL"
                + " WHERE state = 'SENDING' AND claimed_until < ?")) {
            update.setTimestamp(1, Timestamp.from(now), Times.utc());
            return update.executeUpdate();
        }
    }

    /**
     * The ids of due notices to an address of {@code kinds}, oldest first. On PostgreSQL rows another node is
     * claiming are skipped rather than waited for; the guarded update in {@link #claim} decides on every store.
     */
    static List<Long> due(Connection connection, Collection<NoticeAddress.Kind> kinds, Instant now, int limit,
            boolean postgres) throws SQLException {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String in = kinds.stream().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM notice WHERE state = 'QUEUED'"
                + " AND next_attempt_at <= ? AND address_kind IN (" + in + ") ORDER BY next_attempt_at, id"
                + " FETCH FIRST " + limit + " ROWS ONLY" + (postgres ? " FOR UPDATE SKIP LOCKED" : ""))) {
            select.setTimestamp(1, Timestamp.from(now), Times.utc());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Takes a queued notice for one sender; empty if it was not queued (any more), e.g. another node took it. */
    static Optional<Claimed> claim(Connection connection, long id, String token, String node, Instant until)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET state = 'SENDING',"
                + " claim_token = ?, claimed_by = ?, claimed_until = ? WHERE id = ? AND state = 'QUEUED'")) {
            update.setString(1, token);
            update.setString(2, node);
            update.setTimestamp(3, Timestamp.from(until), Times.utc());
            update.setLong(4, id);
            if (update.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT address_kind, address, subject_zh,"
                + " subject_en, text_zh, text_en, attempts FROM notice WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                NoticeMessage message = new NoticeMessage(id, new NoticeAddress(
                        NoticeAddress.Kind.valueOf(rows.getString("address_kind")), rows.getString("address")),
                        Bilingual.of(rows.getString("subject_zh"), rows.getString("subject_en")),
                        Bilingual.of(rows.getString("text_zh"), rows.getString("text_en")));
                return Optional.of(new Claimed(message, token, rows.getInt("attempts")));
            }
        }
    }

    /** Whether the claimed notice's subject opted out since it was queued. */
    static boolean claimedOptedOut(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM notice n JOIN notice_opt_out o"
                + " ON o.subject_hash = n.address_hash OR o.subject_hash = n.id_hash WHERE n.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Ends a claim with the attempt's outcome: {@code next} is the new state, {@code nextAttempt} when a QUEUED
     * notice is tried again. False if the claim was no longer this sender's (it ran out and another took over).
     */
    static boolean settle(Connection connection, long id, String token, NoticeState next, String channel,
            String error, Instant now, Instant nextAttempt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET state = ?, attempts ="
                + " attempts + 1, channel = ?, last_error = ?, next_attempt_at = ?, sent_at = ?, claim_token = NULL,"
                + " claimed_by = NULL, claimed_until = NULL WHERE id = ? AND state = 'SENDING' AND claim_token = ?")) {
            update.setString(1, next.name());
            update.setString(2, channel);
            update.setString(3, error);
            update.setTimestamp(4, Timestamp.from(nextAttempt), Times.utc());
            update.setTimestamp(5, next == NoticeState.SENT ? Timestamp.from(now) : null, Times.utc());
            update.setLong(6, id);
            update.setString(7, token);
            return update.executeUpdate() == 1;
        }
    }

    /** A claimed notice not sent at all (opted out, or no channel): the claim ends without an attempt. */
    static void unclaim(Connection connection, long id, String token, NoticeState next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET state = ?, claim_token = NULL,"
                + " claimed_by = NULL, claimed_until = NULL WHERE id = ? AND state = 'SENDING' AND claim_token = ?")) {
            update.setString(1, next.name());
            update.setLong(2, id);
            update.setString(3, token);
            update.executeUpdate();
        }
    }

    static void attempt(Connection connection, long id, Instant at, String node, String channel, String result,
            String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notice_attempt (notice_id,"
                + " attempted_at, node_name, channel, result, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at), Times.utc());
            insert.setString(3, node);
            insert.setString(4, channel);
            insert.setString(5, result);
            insert.setString(6, detail);
            insert.executeUpdate();
        }
    }

    /**
     * Moves a waiting notice to {@code next} (retry: queued and due now, an undeliverable one too; cancel); false if
     * it is final or being sent: a sender holds its claim, and only the release of an expired claim takes it back.
     */
    static boolean restate(Connection connection, long id, NoticeState next, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET state = ?, next_attempt_at = ?,"
                + " claim_token = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = ?"
                + " AND state IN ('QUEUED'" + (next == NoticeState.QUEUED ? ", 'UNDELIVERABLE'" : "")
                + ")")) {
            update.setString(1, next.name());
            update.setTimestamp(2, Timestamp.from(now), Times.utc());
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        }
    }

    static Optional<Notice> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + LISTED + " FROM notice WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(listed(rows)) : Optional.empty();
            }
        }
    }

    static List<Notice> recent(Connection connection, Optional<NoticeState> state, Optional<NoticeKind> kind,
            Optional<String> reference, int limit) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        state.ifPresent(wanted -> {
            conditions.add("state = ?");
            values.add(wanted.name());
        });
        kind.ifPresent(wanted -> {
            conditions.add("kind = ?");
            values.add(wanted.name());
        });
        reference.ifPresent(wanted -> {
            conditions.add("reference = ?");
            values.add(wanted);
        });
        try (PreparedStatement select = connection.prepareStatement("SELECT " + LISTED + " FROM notice"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")) {
            for (int i = 0; i < values.size(); i++) {
                select.setString(i + 1, values.get(i));
            }
            List<Notice> notices = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notices.add(listed(rows));
                }
            }
            return notices;
        }
    }

    /** A booking still to come, as the day-before reminder needs it. */
    record Booking(String reference, LocalDate day, String queue, LocalTime start, LocalTime end, String phone) {
    }

    /** The bookings of {@code day} still BOOKED (not checked in, cancelled or missed). */
    static List<Booking> bookedOn(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT reference, queue_letter, slot_start,"
                + " slot_end, phone FROM appointment WHERE service_day = ? AND state = 'BOOKED'")) {
            select.setDate(1, Date.valueOf(day));
            List<Booking> bookings = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    bookings.add(new Booking(rows.getString("reference"), day, rows.getString("queue_letter"),
                            LocalTime.parse(rows.getString("slot_start")), LocalTime.parse(rows.getString("slot_end")),
                            rows.getString("phone")));
                }
            }
            return bookings;
        }
    }

    /** A waiting booked visitor's ticket and how many wait before it in its queue. */
    record WaitingBooked(String label, String queue, int ahead, String phone) {
    }

    /**
     * The booked visitors (checked in with their booking's phone) among the first {@code positions} waiting in each
     * queue of {@code day}, in order of arrival.
     */
    static List<WaitingBooked> nearTheFront(Connection connection, LocalDate day, int positions) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT t.label, t.queue_letter, a.phone"
                + " FROM ticket t LEFT JOIN appointment a ON a.service_day = t.service_day AND a.ticket_label = t.label"
                + " WHERE t.service_day = ? AND t.state = 'WAITING' ORDER BY t.queue_letter, t.arrived_at, t.id")) {
            select.setDate(1, Date.valueOf(day));
            List<WaitingBooked> near = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                String queue = "";
                int ahead = 0;
                while (rows.next()) {
                    String letter = rows.getString("queue_letter");
                    ahead = letter.equals(queue) ? ahead + 1 : 0;
                    queue = letter;
                    String phone = rows.getString("phone");
                    if (ahead < positions && phone != null) {
                        near.add(new WaitingBooked(rows.getString("label"), letter, ahead, phone));
                    }
                }
            }
            return near;
        }
    }

    private static Notice listed(ResultSet rows) throws SQLException {
        NoticeAddress address = new NoticeAddress(NoticeAddress.Kind.valueOf(rows.getString("address_kind")),
                rows.getString("address"));
        return new Notice(rows.getLong("id"), NoticeKind.valueOf(rows.getString("kind")), rows.getString("reference"),
                address.masked(), NoticeState.valueOf(rows.getString("state")), rows.getInt("attempts"),
                rows.getString("channel"), Times.instant(rows, "created_at"), Times.instant(rows, "next_attempt_at"),
                Times.instantOrNull(rows, "sent_at"), rows.getString("last_error"));
    }
}
