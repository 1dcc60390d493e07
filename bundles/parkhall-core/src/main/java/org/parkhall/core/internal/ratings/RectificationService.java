package org.parkhall.core.internal.ratings;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.AppealGround;
import org.parkhall.api.BadRatings;
import org.parkhall.api.CallbackResult;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.RatingAppeal;
import org.parkhall.api.Rectification;
import org.parkhall.api.RectificationKind;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * What follows a bad rating: the department's answer, the call back and the appeal. The ratings' configuration
 * ({@code org.parkhall.ratings}, described by {@link RatingService.Config}) sets the longest term a 限期整改 may take.
 */
@Component(service = BadRatings.class, configurationPid = "org.parkhall.ratings")
public final class RectificationService implements BadRatings {
    private static final TextField MEASURES = TextField.lines("measures", "整改措施或解释", "measures or explanation",
            500);
    private static final TextField NOTE = TextField.lines("note", "回访记录", "follow-up record", 500);
    private static final TextField STATEMENT = TextField.lines("statement", "申诉理由", "grounds of the appeal", 500);
    private static final TextField DECISION = TextField.lines("note", "裁定意见", "reasons for the decision", 500);
    private static final String APPEAL_COLUMNS = "a.id AS appeal_id, a.rating_id AS appeal_rating, a.ground,"
            + " a.statement, a.filed_by, a.filed_at, a.upheld, a.decision_note, a.decided_by, a.decided_at";

    private static final String OPEN = "x.followed_up_at IS NULL AND (a.upheld IS NULL OR a.upheld = FALSE)";

    private final Database database;
    private final HallCalendar calendar;
    private final SettledConfiguration<RatingService.Settings> settings;
    private final Clock clock;

    @Activate
    public RectificationService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference HallConfiguration configurations, Map<String, Object> properties) {
        this(database, calendar, new SettledConfiguration<>(configurations, RatingService.Settings::read, properties),
                Clock.systemUTC());
    }

    RectificationService(Database database, HallCalendar calendar,
            SettledConfiguration<RatingService.Settings> settings, Clock clock) {
        this.database = database;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> properties) {
        settings.take(properties);
    }

    @Override
    public List<Rectification> rectifications(Set<String> departments, boolean openOnly, boolean overdueOnly) {
        List<String> filters = new ArrayList<>();
        if (openOnly || overdueOnly) {
            filters.add(OPEN);
        }
        if (!departments.isEmpty()) {
            filters.add("x.department IN (" + String.join(", ", departments.stream().map(d -> "?").toList()) + ")");
        }
        String where = filters.isEmpty() ? "" : "WHERE " + String.join(" AND ", filters);
        return database.read(connection -> query(connection, where, departments.toArray())).stream()
                .filter(found -> !overdueOnly || found.overdue()).toList();
    }

    @Override
    public Optional<Rectification> rectification(long id) {
        return database.read(connection -> query(connection, "WHERE x.id = ?", id)).stream().findFirst();
    }

    @Override
    public Rectification record(long rectification, RectificationKind kind, String measures, LocalDate doneBy,
            String actor) {
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择整改方式：立行立改、限期整改或解释说明",
                    "choose how it is put right: at once, by a deadline, or explained");
        }
        String text = MEASURES.required(measures);
        return database.inTransaction(connection -> {
            Rectification found = open(connection, rectification);
            if (found.kind() != null) {
                throw refused("该整改已登记整改措施", "the rectification's answer is recorded already");
            }
            LocalDate due = doneBy(kind, doneBy, found.openedAt());
            Instant now = clock.instant();
            Statements.update(connection, "UPDATE rectification SET kind = ?, measures = ?, done_by = ?,"
                    + " recorded_by = ?, recorded_at = ? WHERE id = ?", kind.name(), text,
                    due == null ? null : Date.valueOf(due), actor, now, rectification);
            LedgerRecords.append(connection, now, actor, "RECTIFICATION_RECORDED", subject(rectification),
                    Json.GSON.toJson(due == null ? Map.of("kind", kind.name())
                            : Map.of("kind", kind.name(), "doneBy", due.toString())));
            return reread(connection, rectification);
        });
    }

    /**
     * The day a 限期整改 promises: a working day after today, within the longest term from the day the rating opened
     * it. The other kinds are done today and take no day.
     */
    private LocalDate doneBy(RectificationKind kind, LocalDate doneBy, Instant openedAt) {
        if (kind != RectificationKind.BY_DEADLINE) {
            if (doneBy != null) {
                throw new InvalidInputException("doneBy", "只有限期整改需要填写整改期限",
                        "only a rectification by a deadline takes a day");
            }
            return null;
        }
        if (doneBy == null) {
            throw new InvalidInputException("doneBy", "限期整改须填写整改期限", "a rectification by a deadline needs its day");
        }
        calendar.hallDay("doneBy", doneBy);
        int longest = settings.value().longestRectificationDays();
        LocalDate latest = calendar.due(openedAt.atZone(calendar.zone()).toLocalDate(), longest);
        if (!doneBy.isAfter(calendar.today()) || doneBy.isAfter(latest)
                || !calendar.workdays().isWorkingDay(doneBy)) {
            throw new InvalidInputException("doneBy", "整改期限须为今天之后、" + latest + "（差评后" + longest
                    + "个工作日）之前的工作日", "the deadline must be a working day after today and no later than "
                    + latest + " (" + longest + " working days after the rating)");
        }
        return doneBy;
    }

    @Override
    public Rectification callBack(long rectification, CallbackResult result, String note, String actor) {
        if (result == null) {
            throw new InvalidInputException("result", "请选择回访结果", "choose what the call back found");
        }
        String text = NOTE.required(note);
        return database.inTransaction(connection -> {
            Rectification found = open(connection, rectification);
            if (found.kind() == null) {
                throw refused("请先登记整改措施，再记录回访", "record the answer before the call back");
            }
            Instant now = clock.instant();
            Statements.update(connection, "UPDATE rectification SET follow_up = ?, callback_result = ?,"
                    + " followed_up_by = ?, followed_up_at = ? WHERE id = ?", text, result.name(), actor, now,
                    rectification);
            LedgerRecords.append(connection, now, actor, "RECTIFICATION_FOLLOWED_UP", subject(rectification),
                    Json.GSON.toJson(Map.of("result", result.name())));
            return reread(connection, rectification);
        });
    }

    @Override
    public RatingAppeal appeal(long rectification, AppealGround ground, String statement, String actor) {
        if (ground == null) {
            throw new InvalidInputException("ground", "请选择申诉理由：恶意差评或误评", "choose the ground: malicious or mistaken");
        }
        String text = STATEMENT.required(statement);
        return database.inTransaction(connection -> {
            Rectification found = open(connection, rectification);
            if (found.appeal() != null) {
                throw refused("该差评已申诉", "this rating has been appealed already");
            }
            Instant now = clock.instant();
            Statements.update(connection, "INSERT INTO rating_appeal (rating_id, ground, statement, filed_by,"
                    + " filed_at, decision_note, decided_by) VALUES (?, ?, ?, ?, ?, '', '')", found.rating().id(),
                    ground.name(), text, actor, now);
            LedgerRecords.append(connection, now, actor, "RATING_APPEALED", "rating-" + found.rating().id(),
                    Json.GSON.toJson(Map.of("ground", ground.name(), "rectification", rectification)));
            return reread(connection, rectification).appeal();
        });
    }

    @Override
    public RatingAppeal decide(long appeal, boolean upheld, String note, String actor) {
        String text = DECISION.required(note);
        return database.inTransaction(connection -> {
            RatingAppeal found = appeals(connection, "WHERE a.id = ?", appeal).stream().findFirst()
                    .orElseThrow(() -> HallException.notFound("没有该申诉", "no appeal " + appeal));
            if (!found.pending()) {
                throw refused("该申诉已裁定", "the appeal has been decided already");
            }
            if (found.filedBy().equals(actor)) {
                throw refused("申诉须由提出人以外的管理员裁定", "an appeal is decided by someone other than who filed it");
            }
            Instant now = clock.instant();
            Statements.update(connection, "UPDATE rating_appeal SET upheld = ?, decision_note = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ?", upheld, text, actor, now, appeal);
            if (upheld) {
                Statements.update(connection, "UPDATE rating SET excluded = TRUE WHERE id = ?", found.rating());
            }
            LedgerRecords.append(connection, now, actor, upheld ? "RATING_APPEAL_UPHELD" : "RATING_APPEAL_REJECTED",
                    "rating-" + found.rating(), Json.GSON.toJson(Map.of("appeal", appeal)));
            return appeals(connection, "WHERE a.id = ?", appeal).get(0);
        });
    }

    @Override
    public List<RatingAppeal> appeals(boolean pendingOnly) {
        return database.read(connection -> appeals(connection, pendingOnly ? "WHERE a.upheld IS NULL" : ""));
    }

    private Rectification open(Connection connection, long rectification) throws SQLException {
        Rectification found = query(connection, "WHERE x.id = ?", rectification).stream().findFirst()
                .orElseThrow(() -> HallException.notFound("没有该整改单", "no rectification " + rectification));
        if (!found.open()) {
            throw refused("该整改已办结", "the rectification is closed");
        }
        return found;
    }

    private Rectification reread(Connection connection, long rectification) throws SQLException {
        return query(connection, "WHERE x.id = ?", rectification).get(0);
    }

    private static HallException refused(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }

    private static String subject(long rectification) {
        return "rectification-" + rectification;
    }

    /** Rectifications with their ratings and appeals, open first, earliest deadline first. */
    private List<Rectification> query(Connection connection, String where, Object... values) throws SQLException {
        LocalDate today = calendar.today();
        try (PreparedStatement query = Statements.prepare(connection, "SELECT x.id, x.department, x.deadline,"
                + " x.opened_at, x.kind, x.measures, x.done_by, x.recorded_by, x.recorded_at, x.follow_up,"
                + " x.callback_result, x.followed_up_by, x.followed_up_at, " + APPEAL_COLUMNS + ", "
                + RatingRows.COLUMNS + " FROM rectification x JOIN rating r ON r.id = x.rating_id"
                + " LEFT JOIN rating_appeal a ON a.rating_id = r.id " + where
                + " ORDER BY CASE WHEN " + OPEN + " THEN 0 ELSE 1 END, COALESCE(x.done_by, x.deadline), x.id", values);
             ResultSet rows = query.executeQuery()) {
            List<Rectification> found = new ArrayList<>();
            while (rows.next()) {
                Date doneBy = rows.getDate("done_by");
                LocalDate deadline = (doneBy != null ? doneBy : rows.getDate("deadline")).toLocalDate();
                String kind = rows.getString("kind");
                String result = rows.getString("callback_result");
                rows.getLong("appeal_id");
                RatingAppeal appeal = rows.wasNull() ? null : appeal(rows);
                boolean upheld = appeal != null && Boolean.TRUE.equals(appeal.upheld());
                Instant followedUpAt = Times.instantOrNull(rows, "followed_up_at");
                boolean overdue = overdue(deadline, followedUpAt != null, upheld, today);
                found.add(new Rectification(rows.getLong("id"), RatingRows.read(rows), rows.getString("department"),
                        deadline, Times.instant(rows, "opened_at"), kind == null ? null : RectificationKind.valueOf(kind),
                        rows.getString("measures"), rows.getString("recorded_by"),
                        Times.instantOrNull(rows, "recorded_at"), rows.getString("follow_up"),
                        result == null ? null : CallbackResult.valueOf(result), rows.getString("followed_up_by"),
                        followedUpAt, appeal, overdue));
            }
            return found;
        }
    }

    /** Whether a rectification is past its deadline on {@code day}: not followed up, nor its rating's appeal upheld. */
    public static boolean overdue(LocalDate deadline, boolean followedUp, boolean upheld, LocalDate day) {
        return !followedUp && !upheld && deadline.isBefore(day);
    }

    private static List<RatingAppeal> appeals(Connection connection, String where, Object... values)
            throws SQLException {
        try (PreparedStatement query = Statements.prepare(connection, "SELECT " + APPEAL_COLUMNS
                + " FROM rating_appeal a " + where + " ORDER BY CASE WHEN a.upheld IS NULL THEN 0 ELSE 1 END,"
                + " a.filed_at, a.id", values);
             ResultSet rows = query.executeQuery()) {
            List<RatingAppeal> found = new ArrayList<>();
            while (rows.next()) {
                found.add(appeal(rows));
            }
            return found;
        }
    }

    private static RatingAppeal appeal(ResultSet rows) throws SQLException {
        boolean upheld = rows.getBoolean("upheld");
        Boolean decision = rows.wasNull() ? null : upheld;
        return new RatingAppeal(rows.getLong("appeal_id"), rows.getLong("appeal_rating"),
                AppealGround.valueOf(rows.getString("ground")), rows.getString("statement"),
                rows.getString("filed_by"), Times.instant(rows, "filed_at"), decision,
                rows.getString("decision_note"), rows.getString("decided_by"), Times.instantOrNull(rows, "decided_at"));
    }
}
