package org.parkhall.core.internal.cases;

import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.gson.reflect.TypeToken;

import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.SiteScope;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.Problem;

/** Case rows. Updates check the row's version, so two clerks acting at once cannot overwrite each other. */
final class CaseRecords {
    /** Lengths of columns of {@code case_file} (migration 002) that text from outside goes into. */
    static final int APPLICATION_LENGTH = 32000;
    static final int REASONS_LENGTH = 4000;
    static final int RESULT_LENGTH = 400;
    static final int DELIVERY_NOTE_LENGTH = 200;

    /** The states whose clock runs, as an SQL list. */
    private static final String RUNNING_STATES = Arrays.stream(CaseState.values()).filter(CaseState::clockRunning)
            .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
    private static final Type PROBLEMS = new TypeToken<List<Problem>>() { }.getType();
    /** What LIKE would read as a wildcard (and its escape), so a search finds the text as typed. */
    private static final Pattern LIKE_WILDCARD = Pattern.compile("[%_\\\\]");
    private static final String COLUMNS = "case_no, item_code, item_name, department, parent_no, state,"
            + " applicant_kind, applicant_id, applicant_name, applicant_phone, application, delivery_mode,"
            + " delivery_address, channel, problems, reasons, result, delivery_note, accepted_on, due_on,"
            + " suspended_since, new_since_notice, created_at, updated_at, version";

    /** What is stored of the application besides the applicant: materials presented and declared facts. */
    private record Submitted(Set<String> presented, Map<String, String> facts) {
    }

    private CaseRecords() {
    }

    /** A new case taken at {@code site}, which holds its papers and delivers its result until told otherwise. */
    static void insert(Connection connection, CaseFile file, String site) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_file (" + COLUMNS
                + ", taken_at_site, handled_at_site, deliver_at_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            int i = 1;
            insert.setString(i++, file.number());
            insert.setString(i++, file.itemCode());
            insert.setString(i++, file.itemName());
            insert.setString(i++, file.department());
            insert.setString(i++, file.parentNumber().isEmpty() ? null : file.parentNumber());
            insert.setString(i++, file.state().name());
            insert.setString(i++, file.applicant().kind().name());
            insert.setString(i++, file.applicant().idNumber());
            insert.setString(i++, file.applicant().name());
            insert.setString(i++, file.applicant().phone());
            insert.setString(i++, application(file));
            insert.setString(i++, file.delivery().mode().name());
            insert.setString(i++, file.delivery().address());
            insert.setString(i++, file.channel());
            i = bindOutcome(insert, i, file);
            insert.setTimestamp(i++, Timestamp.from(file.createdAt()), Times.utc());
            insert.setTimestamp(i++, Timestamp.from(file.updatedAt()), Times.utc());
            insert.setString(i++, site);
            insert.setString(i++, site);
            insert.setString(i, site);
            insert.executeUpdate();
        }
    }

    /** Writes the parts of a case that change after intake; refuses if someone else changed it first. */
    static void update(Connection connection, CaseFile file, int version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_file SET application = ?,"
                + " problems = ?, reasons = ?, result = ?, delivery_note = ?, accepted_on = ?, due_on = ?,"
                + " suspended_since = ?, new_since_notice = ?, updated_at = ?, state = ?, version = version + 1"
                + " WHERE case_no = ? AND version = ?")) {
            update.setString(1, application(file));
            int i = bindOutcome(update, 2, file);
            update.setTimestamp(i++, Timestamp.from(file.updatedAt()), Times.utc());
            update.setString(i++, file.state().name());
            update.setString(i++, file.number());
            update.setInt(i, version);
            if (update.executeUpdate() != 1) {
                throw new HallException(ErrorCode.CONFLICT, Bilingual.of("办件" + file.number() + "已被他人更新，请刷新后重试",
                        "case " + file.number() + " was changed by someone else; reload and try again"));
            }
        }
    }

    /** The materials and facts as stored; refused, in the transaction that would write them, if they do not fit. */
    private static String application(CaseFile file) {
        String json = Json.GSON.toJson(new Submitted(file.presented(), file.facts()));
        if (json.length() > APPLICATION_LENGTH) {
            throw new InvalidInputException("facts", "提交的材料和申请信息合计过长，请精简",
                    "the materials and form facts are too long taken together");
        }
        return json;
    }

    /** Binds problems … new_since_notice from {@code first}; returns the next free index. */
    private static int bindOutcome(PreparedStatement statement, int first, CaseFile file) throws SQLException {
        int i = first;
        statement.setString(i++, Json.GSON.toJson(file.problems()));
        statement.setString(i++, file.reasons());
        statement.setString(i++, file.result());
        statement.setString(i++, file.deliveryNote());
        statement.setDate(i++, date(file.acceptedOn()));
        statement.setDate(i++, date(file.dueOn()));
        statement.setDate(i++, date(file.suspendedSince()));
        statement.setString(i++, Json.GSON.toJson(file.newSinceNotice()));
        return i;
    }

    /** Keeps what a case is told in its one-time notice (一次性告知), against which its supplements are reviewed. */
    static void setNotice(Connection connection, String number, List<Problem> notice) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE case_file SET notice = ? WHERE case_no = ?")) {
            update.setString(1, Json.GSON.toJson(notice));
            update.setString(2, number);
            update.executeUpdate();
        }
    }

    /** What the case was told in its one-time notice; empty if it was never told anything. */
    static Optional<List<Problem>> notice(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT notice FROM case_file WHERE case_no = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getString(1) != null
                        ? Optional.of(Json.GSON.fromJson(rows.getString(1), PROBLEMS)) : Optional.empty();
            }
        }
    }

    /** A case and the version its row had when read. */
    record Versioned(CaseFile file, int version) {
    }

    static Optional<Versioned> find(Connection connection, String number, Function<CaseFile, TimeStatus> timing)
            throws SQLException {
        List<Versioned> found = query(connection, "SELECT " + COLUMNS + " FROM case_file WHERE case_no = ?",
                List.of(number), 1, timing);
        return found.stream().findFirst();
    }

    /** Sets the digest of the applicant's query code on the case and, for a joint case, on its children. */
    static void setQueryCodeDigest(Connection connection, String number, String digest) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_file SET query_code_hash = ?"
                + " WHERE case_no = ? OR parent_no = ?")) {
            update.setString(1, digest);
            update.setString(2, number);
            update.setString(3, number);
            update.executeUpdate();
        }
    }

    /** The digest of the case's query code; empty when none was issued or there is no such case. */
    static Optional<String> queryCodeDigest(Connection connection, String number) throws SQLException {
        List<String> found = rows(connection, "SELECT query_code_hash FROM case_file WHERE case_no = ?"
                + " AND query_code_hash IS NOT NULL", List.of(number), 1, rows -> rows.getString(1));
        return found.stream().findFirst();
    }

    static List<CaseFile> search(Connection connection, CaseQuery query, SiteScope scope,
            Function<CaseFile, TimeStatus> timing) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM case_file WHERE " + CaseSiteRecords.within(scope, values));
        String text = query.text();
        String identifier = text.toUpperCase(Locale.ROOT);
        boolean freeText = false;
        if (CaseNumbers.PATTERN.matcher(identifier).matches()) {
            where.append(" AND case_no = ?");
            values.add(identifier);
        } else if (IdentityNumbers.isValidIdCard(identifier) || IdentityNumbers.isValidCreditCode(identifier)) {
            where.append(" AND applicant_id = ?"); // one applicant's cases, through case_file_applicant
            values.add(identifier);
        } else if (!text.isEmpty()) {
            where.append(" AND (case_no LIKE ? ESCAPE '\\' OR applicant_name LIKE ? ESCAPE '\\')");
            String contains = "%" + LIKE_WILDCARD.matcher(text).replaceAll("\\\\$0") + "%";
            values.add(contains);
            values.add(contains);
            freeText = true;
        }
        if (!query.itemCode().isEmpty()) {
            where.append(" AND item_code = ?");
            values.add(query.itemCode());
        }
        if (!query.department().isEmpty()) {
            where.append(" AND department = ?");
            values.add(query.department());
        }
        if (query.state() != null) {
            where.append(" AND state = ?");
            values.add(query.state().name());
        }
        where.append(" ORDER BY created_at DESC, case_no DESC");
        if (!freeText) {
            return files(query(connection, "SELECT " + COLUMNS + where, values, query.limit(), timing));
        }
        // Text can be anywhere in a name, so every case may have to be looked at: the numbers are found in the
        // newest-first index, which holds the name too (case_file_newest), and only the matches' rows are read.
        List<CaseFile> found = new ArrayList<>();
        for (String number : rows(connection, "SELECT case_no" + where, values, query.limit(),
                row -> row.getString(1))) {
            find(connection, number, timing).ifPresent(match -> found.add(match.file()));
        }
        return found;
    }

    static List<CaseFile> children(Connection connection, String parent, Function<CaseFile, TimeStatus> timing)
            throws SQLException {
        return files(query(connection, "SELECT " + COLUMNS + " FROM case_file WHERE parent_no = ? ORDER BY case_no",
                List.of(parent), 100, timing));
    }

    /** Open, timed cases {@code scope} sees due on or before {@code day}, earliest due first. */
    static List<CaseFile> dueBy(Connection connection, LocalDate day, SiteScope scope,
            Function<CaseFile, TimeStatus> timing) throws SQLException {
        List<Object> values = new ArrayList<>();
        String within = CaseSiteRecords.within(scope, values);
        values.add(Date.valueOf(day));
        return files(query(connection, "SELECT " + COLUMNS + " FROM case_file WHERE " + within + " AND state IN ("
                + RUNNING_STATES + ") AND due_on <= ? ORDER BY due_on, case_no", values, 500, timing));
    }

    private static List<CaseFile> files(List<Versioned> versioned) {
        return versioned.stream().map(Versioned::file).toList();
    }

    private static List<Versioned> query(Connection connection, String sql, List<?> values, int limit,
            Function<CaseFile, TimeStatus> timing) throws SQLException {
        return rows(connection, sql, values, limit, row -> read(connection, row, timing));
    }

    /** Reads one result row; it may throw what JDBC throws. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> rows(Connection connection, String sql, List<?> values, int limit,
            RowReader<T> reader) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            query.setMaxRows(limit);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
            }
            return result;
        }
    }

    private static Versioned read(Connection connection, ResultSet rows, Function<CaseFile, TimeStatus> timing)
            throws SQLException {
        Submitted submitted = Json.GSON.fromJson(rows.getString("application"), Submitted.class);
        String parent = rows.getString("parent_no");
        CaseFile file = new CaseFile(rows.getString("case_no"), rows.getString("item_code"),
                rows.getString("item_name"), rows.getString("department"), parent == null ? "" : parent,
                List.of(), CaseState.valueOf(rows.getString("state")),
                new Applicant(Applicant.Kind.valueOf(rows.getString("applicant_kind")), rows.getString("applicant_id"),
                        rows.getString("applicant_name"), rows.getString("applicant_phone")),
                submitted.presented(), submitted.facts(),
                new DeliveryChoice(DeliveryMode.valueOf(rows.getString("delivery_mode")),
                        rows.getString("delivery_address")),
                rows.getString("channel"), Json.GSON.fromJson(rows.getString("problems"), PROBLEMS),
                rows.getString("reasons"), rows.getString("result"), rows.getString("delivery_note"),
                localDate(rows.getDate("accepted_on")), localDate(rows.getDate("due_on")),
                localDate(rows.getDate("suspended_since")), TimeStatus.NONE,
                Times.instant(rows, "created_at"), Times.instant(rows, "updated_at"),
                Json.GSON.fromJson(rows.getString("new_since_notice"), PROBLEMS));
        return new Versioned(complete(connection, file, timing), rows.getInt("version"));
    }

    /** Adds the child numbers of a joint case and the time status. */
    private static CaseFile complete(Connection connection, CaseFile file, Function<CaseFile, TimeStatus> timing)
            throws SQLException {
        List<String> children = new ArrayList<>();
        if (file.department().equals(CaseDraft.JOINT_DEPARTMENT)) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT case_no FROM case_file WHERE parent_no = ? ORDER BY case_no")) {
                query.setString(1, file.number());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        children.add(rows.getString(1));
                    }
                }
            }
        }
        CaseFile withChildren = new CaseDraft(file).children(children).build();
        return new CaseDraft(withChildren).timeStatus(timing.apply(withChildren)).build();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
