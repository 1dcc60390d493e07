package org.parkhall.core.internal.records;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.parkhall.api.RecordAction;
import org.parkhall.api.RecordChannel;
import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordConcern;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordParty;
import org.parkhall.api.RecordRequest;
import org.parkhall.api.RecordState;
import org.parkhall.api.RecordStep;
import org.parkhall.api.WorkRecord;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Applicant;

/** The work records' rows ({@code work_record}, {@code work_record_step}, migration 019), read and written. */
final class RecordRows {
    static final String SELECT = "SELECT id, record_number, kind, state, channel, record_class, party_kind, party_id,"
            + " party_name, party_phone, item_codes, case_numbers, concerns_target, concerns_reference, matter,"
            + " referred_to, authorisation, address, wanted_on, scheduled_on, first_owner, owner, opened_at, opened_on,"
            + " progress_due, progress_replied_at, final_due, outcome, replied_at, call_back, closed_at"
            + " FROM work_record";

    /** A record as read, with the row id its steps hang on. */
    record Row(long id, WorkRecord record) {
    }

    private RecordRows() {
    }

    static long insert(Connection connection, String number, RecordRequest request, RecordState state, String owner,
            Instant at, LocalDate openedOn, DeadlineRules.Deadlines deadlines, String queryDigest)
            throws SQLException {
        RecordParty party = request.party();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO work_record (record_number, kind,"
                + " state, channel, record_class, party_kind, party_id, party_name, party_phone, item_codes,"
                + " case_numbers, concerns_target, concerns_reference, matter, referred_to, authorisation, address,"
                + " wanted_on, first_owner, owner, opened_at, opened_on, progress_due, final_due, outcome, replied_at,"
                + " call_back, closed_at, query_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            insert.setString(++i, number);
            insert.setString(++i, request.kind().name());
            insert.setString(++i, state.name());
            insert.setString(++i, request.channel().name());
            insert.setString(++i, request.recordClass() == null ? null : request.recordClass().name());
            insert.setString(++i, party == null ? null : party.kind().name());
            insert.setString(++i, party == null ? "" : party.idNumber());
            insert.setString(++i, party == null ? "" : party.name());
            insert.setString(++i, party == null ? "" : party.phone());
            insert.setString(++i, String.join(",", request.itemCodes()));
            insert.setString(++i, String.join(",", request.caseNumbers()));
            insert.setString(++i, request.concerns() == null ? null : request.concerns().target().name());
            insert.setString(++i, request.concerns() == null ? "" : request.concerns().reference());
            insert.setString(++i, request.matter());
            insert.setString(++i, request.referredTo());
            insert.setString(++i, request.authorisation());
            insert.setString(++i, request.address());
            insert.setDate(++i, request.wantedOn() == null ? null : Date.valueOf(request.wantedOn()));
            insert.setString(++i, owner);
            insert.setString(++i, owner);
            insert.setTimestamp(++i, Timestamp.from(at), Times.utc());
            insert.setDate(++i, Date.valueOf(openedOn));
            insert.setDate(++i, deadlines.progress() == null ? null : Date.valueOf(deadlines.progress()));
            insert.setDate(++i, deadlines.outcome() == null ? null : Date.valueOf(deadlines.outcome()));
            insert.setString(++i, request.outcome());
            boolean closed = state == RecordState.CLOSED;
            insert.setTimestamp(++i, closed ? Timestamp.from(at) : null, Times.utc());
            insert.setTimestamp(++i, closed ? Timestamp.from(at) : null, Times.utc());
            insert.setString(++i, queryDigest);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void appendStep(Connection connection, long recordId, Instant at, String actor, RecordAction action,
            String note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO work_record_step (record_id,"
                + " step_at, actor, action, note) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, recordId);
            insert.setTimestamp(2, Timestamp.from(at), Times.utc());
            insert.setString(3, actor);
            insert.setString(4, action.name());
            insert.setString(5, note);
            insert.executeUpdate();
        }
    }

    /**
     * Sets {@code assignments} (e.g. {@code "owner = ?"}) on the record whose row is {@code id} if it is still in
     * {@code state}; false when another step moved it first.
     */
    static boolean update(Connection connection, long id, RecordState state, String assignments, Object... values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE work_record SET " + assignments
                + " WHERE id = ? AND state = ?")) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant instant) {
                    update.setTimestamp(i + 1, Timestamp.from(instant), Times.utc());
                } else if (value instanceof LocalDate day) {
                    update.setDate(i + 1, Date.valueOf(day));
                } else {
                    update.setObject(i + 1, value);
                }
            }
            update.setLong(values.length + 1, id);
            update.setString(values.length + 2, state.name());
            return update.executeUpdate() == 1;
        }
    }

    /** The record whose number is {@code number}, with its steps. */
    static Optional<Row> byNumber(Connection connection, String number, LocalDate today) throws SQLException {
        List<Row> found = query(connection, " WHERE record_number = ?", List.of(number), today, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get(0);
        return Optional.of(new Row(row.id(), withSteps(row.record(), steps(connection, row.id()))));
    }

    static String queryDigest(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT query_digest FROM work_record WHERE record_number = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Records matching {@code where} (with its {@code parameters}), without their steps. */
    static List<Row> query(Connection connection, String where, List<Object> parameters, LocalDate today,
            int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + where + " FETCH FIRST " + limit
                + " ROWS ONLY")) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof LocalDate day) {
                    query.setDate(i + 1, Date.valueOf(day));
                } else {
                    query.setObject(i + 1, value);
                }
            }
            List<Row> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Row(rows.getLong("id"), record(rows, today)));
                }
            }
            return found;
        }
    }

    private static List<RecordStep> steps(Connection connection, long recordId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT step_at, actor, action, note"
                + " FROM work_record_step WHERE record_id = ? ORDER BY id")) {
            query.setLong(1, recordId);
            List<RecordStep> steps = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    steps.add(new RecordStep(Times.instant(rows, "step_at"), rows.getString("actor"),
                            RecordAction.valueOf(rows.getString("action")), rows.getString("note")));
                }
            }
            return steps;
        }
    }

    private static WorkRecord record(ResultSet rows, LocalDate today) throws SQLException {
        String partyKind = rows.getString("party_kind");
        RecordParty party = partyKind == null ? null : new RecordParty(Applicant.Kind.valueOf(partyKind),
                rows.getString("party_id"), rows.getString("party_name"), rows.getString("party_phone"));
        String concernsTarget = rows.getString("concerns_target");
        RecordConcern concerns = concernsTarget == null ? null : new RecordConcern(
                RecordConcern.Target.valueOf(concernsTarget), rows.getString("concerns_reference"));
        String recordClass = rows.getString("record_class");
        RecordState state = RecordState.valueOf(rows.getString("state"));
        LocalDate progressDue = day(rows, "progress_due");
        Instant progressRepliedAt = Times.instantOrNull(rows, "progress_replied_at");
        LocalDate finalDue = day(rows, "final_due");
        return new WorkRecord(rows.getString("record_number"), RecordKind.valueOf(rows.getString("kind")), state,
                RecordChannel.valueOf(rows.getString("channel")),
                recordClass == null ? null : RecordClass.valueOf(recordClass), party, list(rows, "item_codes"),
                list(rows, "case_numbers"), concerns, rows.getString("matter"), rows.getString("referred_to"),
                rows.getString("authorisation"), rows.getString("address"), day(rows, "wanted_on"),
                day(rows, "scheduled_on"), rows.getString("first_owner"), rows.getString("owner"),
                Times.instant(rows, "opened_at"), day(rows, "opened_on"), progressDue, progressRepliedAt, finalDue,
                rows.getString("outcome"), Times.instantOrNull(rows, "replied_at"), rows.getString("call_back"),
                Times.instantOrNull(rows, "closed_at"),
                RecordLifecycle.overdue(state, progressDue, progressRepliedAt != null, finalDue, today), List.of());
    }

    static WorkRecord withSteps(WorkRecord r, List<RecordStep> steps) {
        return new WorkRecord(r.number(), r.kind(), r.state(), r.channel(), r.recordClass(), r.party(), r.itemCodes(),
                r.caseNumbers(), r.concerns(), r.matter(), r.referredTo(), r.authorisation(), r.address(),
                r.wantedOn(), r.scheduledOn(), r.firstOwner(), r.owner(), r.openedAt(), r.openedOn(),
                r.progressDue(), r.progressRepliedAt(), r.finalDue(), r.outcome(), r.repliedAt(), r.callBack(),
                r.closedAt(), r.overdue(), List.copyOf(steps));
    }

    private static LocalDate day(ResultSet rows, String column) throws SQLException {
        Date day = rows.getDate(column);
        return day == null ? null : day.toLocalDate();
    }

    private static List<String> list(ResultSet rows, String column) throws SQLException {
        String joined = rows.getString(column);
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
