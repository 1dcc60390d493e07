package org.parkhall.core.internal.records;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.OpenedRecord;
import org.parkhall.api.RecordAction;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordQuery;
import org.parkhall.api.RecordRequest;
import org.parkhall.api.RecordState;
import org.parkhall.api.StaffCount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.WorkRecord;
import org.parkhall.api.WorkRecords;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.QueryCodes;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.DayCounters;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The special windows' work records. Numbers are the kind's letters, the hall day and a per-day count from the
 * counter row of the same transaction ({@code TS202612020001}); each change writes its step and its ledger entry
 * in one transaction, and moves the record only from the state it was read in, so two desks acting at once cannot
 * both reply.
 */
@Component(service = WorkRecords.class, configurationPid = "org.parkhall.records")
@Designate(ocd = RecordService.Config.class)
public final class RecordService implements WorkRecords {
    private static final Logger LOG = LoggerFactory.getLogger(RecordService.class);
    /** Who opens an online request: no staff member, so it waits to be assigned. */
    static final String PUBLIC = "public";
    private static final TextField NOTE = TextField.lines("note", "记录内容", "note", 2000);
    private static final TextField CALL_BACK = TextField.lines("note", "回访情况", "call back", 1000);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int OVERDUE_SHOWN = 1000;

    @ObjectClassDefinition(name = "%records", description = "%records.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%records.unresolvedSimpleDays",
                description = "%records.unresolvedSimpleDays.description")
        int unresolvedSimpleDays() default DeadlineRules.SIMPLE_DAYS;

        @AttributeDefinition(name = "%records.unresolvedOrdinaryDays",
                description = "%records.unresolvedOrdinaryDays.description")
        int unresolvedOrdinaryDays() default DeadlineRules.ORDINARY_DAYS;

        @AttributeDefinition(name = "%records.unresolvedComplexProgressDays",
                description = "%records.unresolvedComplexProgressDays.description")
        int unresolvedComplexProgressDays() default DeadlineRules.COMPLEX_PROGRESS_DAYS;

        @AttributeDefinition(name = "%records.unresolvedComplexFinalDays",
                description = "%records.unresolvedComplexFinalDays.description")
        int unresolvedComplexFinalDays() default DeadlineRules.COMPLEX_FINAL_DAYS;

        @AttributeDefinition(name = "%records.complaintDays", description = "%records.complaintDays.description")
        int complaintDays() default DeadlineRules.COMPLAINT_DAYS;

        @AttributeDefinition(name = "%records.onsiteDays", description = "%records.onsiteDays.description")
        int onsiteDays() default DeadlineRules.ONSITE_DAYS;
    }

    private final Database database;
    private final HallCalendar calendar;
    private final StaffDirectory staff;
    private final SettledConfiguration<DeadlineRules> rules;
    private final Clock clock;

    @Activate
    public RecordService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference StaffDirectory staff, @Reference HallConfiguration configurations,
            Map<String, Object> properties) {
        this(database, calendar, staff, new SettledConfiguration<>(configurations, DeadlineRules::read, properties),
                Clock.systemUTC());
    }

    RecordService(Database database, HallCalendar calendar, StaffDirectory staff,
            SettledConfiguration<DeadlineRules> rules, Clock clock) {
        this.database = database;
        this.calendar = calendar;
        this.staff = staff;
        this.rules = rules;
        this.clock = clock;
    }

    /** Changed deadlines apply to records opened from now on; a refused change leaves the last good rules. */
    @Modified
    void configure(Map<String, Object> properties) {
        rules.take(properties);
    }

    @Override
    public OpenedRecord open(RecordRequest request, String actor) {
        LocalDate today = calendar.today();
        if (request.wantedOn() != null && calendar.hallDay("wantedOn", request.wantedOn()).isBefore(today)) {
            throw new InvalidInputException("wantedOn", "希望上门日期不能早于今天", "the day wanted must not be in the past");
        }
        String owner = PUBLIC.equals(actor) ? "" : actor;
        RecordState state = request.kind() == RecordKind.CONSULTATION ? RecordState.CLOSED : RecordState.OPEN;
        String code = request.kind().publicProof() ? QueryCodes.newCode() : null;
        DeadlineRules.Deadlines deadlines = rules.value().of(request.kind(), request.recordClass(), today,
                calendar.workdays());
        OpenedRecord opened = database.inTransaction(connection -> {
            Instant now = clock.instant();
            String number = request.kind().prefix() + DAY.format(today)
                    + String.format("%04d", DayCounters.next(connection, today, "record-" + request.kind().prefix()));
            long id = RecordRows.insert(connection, number, request, state, owner, now, today, deadlines,
                    code == null ? null : QueryCodes.digest(code));
            RecordRows.appendStep(connection, id, now, actor, RecordAction.OPEN, "");
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", request.kind().name());
            data.put("channel", request.channel().name());
            if (request.recordClass() != null) {
                data.put("class", request.recordClass().name());
            }
            if (deadlines.outcome() != null) {
                data.put("due", deadlines.outcome().toString());
            }
            LedgerRecords.append(connection, now, actor, "RECORD_OPEN", number, Json.GSON.toJson(data));
            return new OpenedRecord(RecordRows.byNumber(connection, number, today).orElseThrow().record(), code);
        });
        LOG.info("Work record {} ({}) opened by {}", opened.record().number(), request.kind(), actor);
        return opened;
    }

    @Override
    public Optional<WorkRecord> find(String number) {
        String wanted = normalised(number);
        return database.read(connection -> RecordRows.byNumber(connection, wanted, calendar.today())
                .map(RecordRows.Row::record));
    }

    @Override
    public Optional<WorkRecord> findForPublic(String number, String queryCode) {
        String code = QueryCodes.checked(queryCode);
        String wanted = normalised(number);
        return database.read(connection -> QueryCodes.matches(RecordRows.queryDigest(connection, wanted), code)
                ? RecordRows.byNumber(connection, wanted, calendar.today()).map(RecordRows.Row::record)
                : Optional.empty());
    }

    @Override
    public List<WorkRecord> list(RecordQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.kind() != null) {
            where.append(" AND kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.state() != null) {
            where.append(" AND state = ?");
            parameters.add(query.state().name());
        }
        if (query.from() != null) {
            where.append(" AND opened_on >= ?");
            parameters.add(calendar.hallDay("from", query.from()));
        }
        if (query.to() != null) {
            where.append(" AND opened_on <= ?");
            parameters.add(calendar.hallDay("to", query.to()));
        }
        if (!query.owner().isEmpty()) {
            where.append(" AND owner = ?");
            parameters.add(query.owner());
        }
        where.append(" ORDER BY opened_at DESC, id DESC");
        LocalDate today = calendar.today();
        return database.read(connection -> RecordRows.query(connection, where.toString(), parameters, today,
                query.limit()).stream().map(RecordRows.Row::record).toList());
    }

    @Override
    public List<WorkRecord> overdue() {
        LocalDate today = calendar.today();
        return database.read(connection -> RecordRows.query(connection, " WHERE state = 'OPEN' AND (final_due < ?"
                + " OR progress_due < ? AND progress_replied_at IS NULL) ORDER BY final_due, id",
                List.of(today, today), today, OVERDUE_SHOWN).stream().map(RecordRows.Row::record).toList());
    }

    @Override
    public WorkRecord step(String number, RecordAction action, String note, String actor) {
        if (action == null || action == RecordAction.OPEN || action == RecordAction.ASSIGN
                || action == RecordAction.SCHEDULE) {
            throw new InvalidInputException("action", "请选择：办理记录(NOTE)、进度答复(PROGRESS_REPLY)、答复办结(REPLY)或回访(CALL_BACK)",
                    "action must be NOTE, PROGRESS_REPLY, REPLY or CALL_BACK");
        }
        String text = action == RecordAction.CALL_BACK ? CALL_BACK.required(note) : NOTE.required(note);
        return change(number, action, text, actor, Map.of(), (record, after, now) -> switch (action) {
            case PROGRESS_REPLY -> new Assignments("progress_replied_at = ?", now);
            case REPLY -> new Assignments("state = ?, outcome = ?, replied_at = ?, closed_at = ?", after.name(), text,
                    now, after == RecordState.CLOSED ? now : null);
            case CALL_BACK -> new Assignments("state = ?, call_back = ?, closed_at = ?", after.name(), text, now);
            default -> new Assignments("state = ?", after.name());
        });
    }

    @Override
    public WorkRecord assign(String number, String owner, String actor) {
        String user = knownStaff(owner);
        return change(number, RecordAction.ASSIGN, user, actor, Map.of("owner", user), (record, after, now) ->
                new Assignments("owner = ?, first_owner = CASE WHEN first_owner = '' THEN ? ELSE first_owner END",
                        user, user));
    }

    @Override
    public WorkRecord schedule(String number, LocalDate day, String owner, String actor) {
        if (day == null) {
            throw new InvalidInputException("day", "请填写上门日期", "the day of the visit is required");
        }
        LocalDate visit = calendar.hallDay("day", day);
        if (visit.isBefore(calendar.today()) || !calendar.workdays().isWorkingDay(visit)) {
            throw new InvalidInputException("day", "上门日期须为今天或以后的工作日", "the visit must be on a working day, today or later");
        }
        String user = knownStaff(owner);
        return change(number, RecordAction.SCHEDULE, visit + " " + user, actor,
                Map.of("day", visit.toString(), "owner", user), (record, after, now) -> new Assignments(
                        "scheduled_on = ?, owner = ?, first_owner = CASE WHEN first_owner = '' THEN ? ELSE"
                                + " first_owner END", visit, user, user));
    }

    @Override
    public List<StaffCount> perStaff(RecordKind kind, LocalDate from, LocalDate to) {
        if (kind == null || from == null || to == null) {
            throw new InvalidInputException(kind == null ? "kind" : from == null ? "from" : "to",
                    "请填写类别和起止日期", "kind, from and to are required");
        }
        RecordQuery range = new RecordQuery(kind, null, from, to, "", 1);
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT owner, COUNT(*) FROM work_record"
                    + " WHERE kind = ? AND opened_on >= ? AND opened_on <= ? GROUP BY owner ORDER BY 2 DESC, 1")) {
                query.setString(1, range.kind().name());
                query.setDate(2, Date.valueOf(calendar.hallDay("from", range.from())));
                query.setDate(3, Date.valueOf(calendar.hallDay("to", range.to())));
                List<StaffCount> counts = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.add(new StaffCount(rows.getString(1), rows.getInt(2)));
                    }
                }
                return counts;
            }
        });
    }

    /** The columns a step sets, with their values, in order. */
    private record Assignments(String sql, Object... values) {
    }

    @FunctionalInterface
    private interface Change {
        Assignments of(WorkRecord record, RecordState after, Instant now);
    }

    /** Takes {@code action} in one transaction: the record's columns, its step and the ledger entry. */
    private WorkRecord change(String number, RecordAction action, String note, String actor,
            Map<String, String> recorded, Change change) {
        String wanted = normalised(number);
        LocalDate today = calendar.today();
        WorkRecord changed = database.inTransaction(connection -> {
            RecordRows.Row row = RecordRows.byNumber(connection, wanted, today).orElseThrow(() ->
                    HallException.notFound("没有该记录：" + wanted, "no such record: " + wanted));
            RecordState after = RecordLifecycle.after(row.record(), action);
            Instant now = clock.instant();
            Assignments assignments = change.of(row.record(), after, now);
            if (!RecordRows.update(connection, row.id(), row.record().state(), assignments.sql(),
                    assignments.values())) {
                throw new HallException(ErrorCode.CONFLICT, Bilingual.of("该记录刚被他人更新，请刷新后重试",
                        "someone else changed the record just now; reload and try again"));
            }
            RecordRows.appendStep(connection, row.id(), now, actor, action, note);
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", row.record().kind().name());
            data.put("state", after.name());
            data.putAll(recorded);
            LedgerRecords.append(connection, now, actor, "RECORD_" + action.name(), wanted, Json.GSON.toJson(data));
            return RecordRows.byNumber(connection, wanted, today).orElseThrow().record();
        });
        LOG.info("Work record {}: {} by {}", wanted, action, actor);
        return changed;
    }

    private String knownStaff(String owner) {
        String user = RecordQuery.OWNER.required(owner);
        if (staff.account(user).isEmpty()) {
            throw new InvalidInputException("owner", "没有该工作人员账号：" + user, "no staff account " + user);
        }
        return user;
    }

    private static String normalised(String number) {
        return number == null ? "" : number.strip().toUpperCase();
    }
}
