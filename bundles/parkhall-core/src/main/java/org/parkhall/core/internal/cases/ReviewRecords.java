package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parkhall.api.ClockStop;
import org.parkhall.api.Countersign;
import org.parkhall.api.Supervision;
import org.parkhall.api.TimeExtension;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.SpecialProcedure;

/**
 * The rows of a case's review (migration 021): its claim, countersignatures, the lead's sign-off, extensions, clock
 * stops and supervision raises. Writes that add to a case's numbered rows run beside the case row's versioned update.
 */
final class ReviewRecords {
    /** Lengths of the review's text columns (migration 021). */
    static final int NOTE_LENGTH = 1000;

    private ReviewRecords() {
    }

    /** Who holds the case, and since when. */
    record Claim(String approver, Instant since) {
    }

    static Optional<Claim> claim(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT claimed_by, claimed_at FROM case_claim WHERE case_no = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Claim(rows.getString(1), Times.instant(rows, "claimed_at")))
                        : Optional.empty();
            }
        }
    }

    /**
     * Inserts the claim; the primary key refuses a second one, and the store retries the transaction, whose read
     * then finds the claim that won.
     */
    static void insertClaim(Connection connection, String number, String department, String approver, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO case_claim (case_no, department, claimed_by, claimed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, department);
            insert.setString(3, approver);
            insert.setTimestamp(4, Timestamp.from(at), Times.utc());
            insert.executeUpdate();
        }
    }

    /** Moves a held claim to {@code approver} only if {@code holder} still holds it; whether it moved. */
    static boolean moveClaim(Connection connection, String number, String holder, String approver, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_claim SET claimed_by = ?,"
                + " claimed_at = ? WHERE case_no = ? AND claimed_by = ?")) {
            update.setString(1, approver);
            update.setTimestamp(2, Timestamp.from(at), Times.utc());
            update.setString(3, number);
            update.setString(4, holder);
            return update.executeUpdate() == 1;
        }
    }

    static void deleteClaim(Connection connection, String number) throws SQLException {
        delete(connection, "DELETE FROM case_claim WHERE case_no = ?", number);
    }

    static List<Countersign> countersigns(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT department, requested_at, answered_by,"
                + " agreed, opinion, answered_at FROM case_countersign WHERE case_no = ? ORDER BY department")) {
            query.setString(1, number);
            List<Countersign> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Countersign(rows.getString("department"), Times.instant(rows, "requested_at"),
                            orEmpty(rows.getString("answered_by")), rows.getBoolean("agreed"),
                            orEmpty(rows.getString("opinion")), Times.instantOrNull(rows, "answered_at")));
                }
            }
            return found;
        }
    }

    static void requestCountersign(Connection connection, String number, String department, String actor,
            Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_countersign (case_no,"
                + " department, requested_by, requested_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, department);
            insert.setString(3, actor);
            insert.setTimestamp(4, Timestamp.from(at), Times.utc());
            insert.executeUpdate();
        }
    }

    /** Records an awaited countersignature's answer; whether one was awaited (a second answer finds none). */
    static boolean answerCountersign(Connection connection, String number, String department, String actor,
            boolean agreed, String opinion, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_countersign SET answered_by = ?,"
                + " agreed = ?, opinion = ?, answered_at = ? WHERE case_no = ? AND department = ?"
                + " AND answered_at IS NULL")) {
            update.setString(1, actor);
            update.setBoolean(2, agreed);
            update.setString(3, opinion);
            update.setTimestamp(4, Timestamp.from(at), Times.utc());
            update.setString(5, number);
            update.setString(6, department);
            return update.executeUpdate() == 1;
        }
    }

    /** The numbers of cases awaiting {@code department}'s countersignature (any department's for an empty one). */
    static List<String> awaitingCountersign(Connection connection, String department) throws SQLException {
        String sql = "SELECT case_no FROM case_countersign WHERE answered_at IS NULL"
                + (department.isEmpty() ? "" : " AND department = ?") + " ORDER BY requested_at, case_no";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (!department.isEmpty()) {
                query.setString(1, department);
            }
            query.setMaxRows(500);
            List<String> numbers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
            return numbers;
        }
    }

    /** The lead's sign-off: who and their opinion, if given. */
    record SignOff(String lead, String opinion) {
    }

    static Optional<SignOff> signOff(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT signed_by, opinion FROM case_sign_off WHERE case_no = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new SignOff(rows.getString(1), rows.getString(2)))
                        : Optional.empty();
            }
        }
    }

    static void insertSignOff(Connection connection, String number, String lead, String opinion, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO case_sign_off (case_no, signed_by, opinion, signed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, lead);
            insert.setString(3, opinion);
            insert.setTimestamp(4, Timestamp.from(at), Times.utc());
            insert.executeUpdate();
        }
    }

    /** Forgets the countersignatures and the sign-off: a case back from the window is reviewed afresh. */
    static void forgetReview(Connection connection, String number) throws SQLException {
        delete(connection, "DELETE FROM case_countersign WHERE case_no = ?", number);
        delete(connection, "DELETE FROM case_sign_off WHERE case_no = ?", number);
        deleteClaim(connection, number);
    }

    static List<TimeExtension> extensions(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT days, reason, due_before, due_after,"
                + " granted_by, granted_on FROM case_extension WHERE case_no = ? ORDER BY seq")) {
            query.setString(1, number);
            List<TimeExtension> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new TimeExtension(rows.getInt("days"), rows.getString("reason"),
                            rows.getDate("due_before").toLocalDate(), rows.getDate("due_after").toLocalDate(),
                            rows.getString("granted_by"), rows.getDate("granted_on").toLocalDate()));
                }
            }
            return found;
        }
    }

    static void insertExtension(Connection connection, String number, int seq, TimeExtension extension)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_extension (case_no, seq, days,"
                + " reason, due_before, due_after, granted_by, granted_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setInt(2, seq);
            insert.setInt(3, extension.days());
            insert.setString(4, extension.reason());
            insert.setDate(5, Date.valueOf(extension.dueBefore()));
            insert.setDate(6, Date.valueOf(extension.dueAfter()));
            insert.setString(7, extension.grantedBy());
            insert.setDate(8, Date.valueOf(extension.grantedOn()));
            insert.executeUpdate();
        }
    }

    static List<ClockStop> clockStops(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT procedure_kind, reason, expected_days,"
                + " started_on, started_by, ended_on, outcome FROM case_clock_stop WHERE case_no = ? ORDER BY seq")) {
            query.setString(1, number);
            List<ClockStop> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date ended = rows.getDate("ended_on");
                    found.add(new ClockStop(SpecialProcedure.valueOf(rows.getString("procedure_kind")),
                            rows.getString("reason"), rows.getInt("expected_days"),
                            rows.getDate("started_on").toLocalDate(), rows.getString("started_by"),
                            ended == null ? null : ended.toLocalDate(), orEmpty(rows.getString("outcome"))));
                }
            }
            return found;
        }
    }

    static void insertClockStop(Connection connection, String number, int seq, ClockStop stop) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_clock_stop (case_no, seq,"
                + " procedure_kind, reason, expected_days, started_on, started_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setInt(2, seq);
            insert.setString(3, stop.procedure().name());
            insert.setString(4, stop.reason());
            insert.setInt(5, stop.expectedDays());
            insert.setDate(6, Date.valueOf(stop.startedOn()));
            insert.setString(7, stop.startedBy());
            insert.executeUpdate();
        }
    }

    static void endClockStop(Connection connection, String number, int seq, LocalDate on, String actor,
            String outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_clock_stop SET ended_on = ?,"
                + " ended_by = ?, outcome = ? WHERE case_no = ? AND seq = ? AND ended_on IS NULL")) {
            update.setDate(1, Date.valueOf(on));
            update.setString(2, actor);
            update.setString(3, outcome);
            update.setString(4, number);
            update.setInt(5, seq);
            update.executeUpdate();
        }
    }

    /** A stored raise of a case at a level. */
    record Raise(String number, Supervision.Level level, Instant at) {
    }

    static boolean raised(Connection connection, String number, Supervision.Level level) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM case_supervision WHERE case_no = ? AND level_code = ?")) {
            query.setString(1, number);
            query.setString(2, level.name());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static void insertRaise(Connection connection, String number, Supervision.Level level, String department,
            LocalDate dueOn, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_supervision (case_no,"
                + " level_code, department, due_on, raised_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, level.name());
            insert.setString(3, department);
            insert.setDate(4, Date.valueOf(dueOn));
            insert.setTimestamp(5, Timestamp.from(at), Times.utc());
            insert.executeUpdate();
        }
    }

    /** The raises of cases still open with the clock running or stopped, newest level per case. */
    static List<Raise> openRaises(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT s.case_no, s.level_code, s.raised_at"
                + " FROM case_supervision s JOIN case_file c ON c.case_no = s.case_no"
                + " WHERE c.state IN ('ACCEPTED', 'IN_REVIEW', 'RETURNED', 'SUSPENDED', 'SPECIAL_PROCEDURE')"
                + " ORDER BY s.case_no, s.level_code")) {
            query.setMaxRows(2000);
            List<Raise> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Raise(rows.getString(1), Supervision.Level.valueOf(rows.getString(2)),
                            Times.instant(rows, "raised_at")));
                }
            }
            return found;
        }
    }

    private static void delete(Connection connection, String sql, String number) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, number);
            delete.executeUpdate();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
