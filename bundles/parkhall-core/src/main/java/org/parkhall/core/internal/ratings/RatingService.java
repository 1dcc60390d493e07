package org.parkhall.core.internal.ratings;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Evaluation;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.Rating;
import org.parkhall.api.RatingInvitation;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Ratings;
import org.parkhall.api.Rectification;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * 好差评. A rating is written once and never updated (there is no path for staff to change it); a bad overall
 * rating opens a rectification for the responsible department in the same transaction. A visit is rated with the
 * one-time token its counter's pad was given ({@link RatingTokens}), spent in the rating's transaction.
 */
@Component(service = Ratings.class, configurationPid = "org.parkhall.ratings")
@Designate(ocd = RatingService.Config.class)
public final class RatingService implements Ratings {
    private static final String HALL = "hall";
    private static final TextField FOLLOW_UP = TextField.lines("note", "回访记录", "follow-up record", 500);

    static final int RECTIFICATION_DAYS = 5;
    static final int RATING_WINDOW_SECONDS = 300;

    @ObjectClassDefinition(name = "%ratings", description = "%ratings.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%ratings.rectificationDays", description = "%ratings.rectificationDays.description")
        int rectificationDays() default RECTIFICATION_DAYS;

        @AttributeDefinition(name = "%ratings.ratingWindowSeconds",
                description = "%ratings.ratingWindowSeconds.description")
        int ratingWindowSeconds() default RATING_WINDOW_SECONDS;
    }

    /** What the ratings' configuration sets, as checked. */
    record Settings(int rectificationDays, Duration ratingWindow) {
        static Settings read(ConfigurationReader read) {
            return new Settings(read.integer("rectificationDays", RECTIFICATION_DAYS, 1, 60),
                    Duration.ofSeconds(read.integer("ratingWindowSeconds", RATING_WINDOW_SECONDS, 1, 3600)));
        }
    }

    private final Database database;
    private final HallCalendar calendar;
    private final Floor floor;
    private final Cases cases;
    private final SettledConfiguration<Settings> settings;
    private final Clock clock;
    private final Secrets secrets = new Secrets();

    /**
     * {@code asShipped} is not read: taking the annotation makes bnd declare its defaults as component properties,
     * so the service shows the rating window in force (the rating pads' tests wait on it).
     */
    @Activate
    public RatingService(@Reference Database database, @Reference HallCalendar calendar, @Reference Floor floor,
            @Reference Cases cases, @Reference HallConfiguration configurations, Config asShipped,
            Map<String, Object> properties) {
        this(database, calendar, floor, cases, new SettledConfiguration<>(configurations, Settings::read, properties),
                Clock.systemUTC());
    }

    RatingService(Database database, HallCalendar calendar, Floor floor, Cases cases,
            SettledConfiguration<Settings> settings, Clock clock) {
        this.database = database;
        this.calendar = calendar;
        this.floor = floor;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    /** A changed configuration applies to the next rating: a refused one leaves the last good in force. */
    @Modified
    void configure(Map<String, Object> properties) {
        settings.take(properties);
    }

    @Override
    public Optional<RatingInvitation> awaitingRating(int counter) {
        Instant now = clock.instant();
        Optional<Ticket> latest = floor.tickets("", TicketState.DONE).stream()
                .filter(ticket -> ticket.counter() == counter && expiry(ticket).isAfter(now))
                .max(Comparator.comparing(Ticket::serviceEndedAt));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Ticket ticket = latest.get();
        Instant expiresAt = expiry(ticket);
        return database.inTransaction(connection -> exists(connection, subject(ticket)) ? Optional.empty()
                : Optional.of(new RatingInvitation(counter, ticket.label(),
                        RatingTokens.issue(connection, ticket.id(), counter, expiresAt, secrets), expiresAt)));
    }

    @Override
    public Rating rateVisit(int counter, String ticketLabel, String token, Evaluation evaluation) {
        if (ticketLabel == null || ticketLabel.isBlank()) {
            throw new InvalidInputException("ticket", "请填写排队号", "the ticket is required");
        }
        Ticket ticket = floor.ticket(ticketLabel).orElseThrow(() -> HallException.notFound(
                "今天没有该号：" + ticketLabel, "no ticket " + ticketLabel + " today"));
        String department = ticket.caseNumbers().stream().findFirst().flatMap(cases::find).map(CaseFile::department)
                .orElse(HALL);
        return database.inTransaction(connection -> {
            Instant now = clock.instant();
            RatingTokens.spend(connection, ticket.id(), counter, token, now);
            return insert(connection, subject(ticket), department, evaluation, now,
                    Map.of("overall", evaluation.overall().name(), "counter", String.valueOf(counter)));
        });
    }

    @Override
    public Rating rateCase(String caseNumber, Evaluation evaluation) {
        String number = caseNumber == null ? "" : caseNumber.strip();
        CaseFile file = cases.find(number).orElseThrow(() -> HallException.notFound(
                "没有该办件：" + number, "no such case: " + number));
        return database.inTransaction(connection -> insert(connection, "case:" + file.number(), file.department(),
                evaluation, clock.instant(), Map.of("overall", evaluation.overall().name())));
    }

    static HallException alreadyRated() {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("该次服务已评价，评价不可修改",
                "this visit or case has been rated already; ratings cannot be changed"));
    }

    /** The end of the visit's rating window. */
    private Instant expiry(Ticket ticket) {
        return ticket.serviceEndedAt().plus(settings.value().ratingWindow());
    }

    /** Writes the rating with its ledger entry, and the rectification a bad one opens; refused when rated before. */
    private Rating insert(Connection connection, String subject, String department, Evaluation evaluation,
            Instant now, Map<String, String> recorded) throws SQLException {
        if (exists(connection, subject)) {
            throw alreadyRated();
        }
        long id = insertRating(connection, subject, department, evaluation, now);
        LedgerRecords.append(connection, now, "public", "RATED", subject, Json.GSON.toJson(recorded));
        if (evaluation.overall().bad()) {
            openRectification(connection, id, department, now);
        }
        return new Rating(id, subject, department, evaluation.overall(), evaluation.efficiency(),
                evaluation.competence(), evaluation.attitude(), evaluation.comment(), now);
    }

    @Override
    public List<Rectification> rectifications(boolean openOnly) {
        return database.read(connection -> query(connection, openOnly ? "WHERE x.followed_up_at IS NULL" : "", -1));
    }

    @Override
    public Rectification followUp(long rectification, String note, String actor) {
        String text = FOLLOW_UP.required(note);
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE rectification SET follow_up = ?,"
                    + " followed_up_by = ?, followed_up_at = ? WHERE id = ? AND followed_up_at IS NULL")) {
                update.setString(1, text);
                update.setString(2, actor);
                update.setTimestamp(3, Timestamp.from(clock.instant()), Times.utc());
                update.setLong(4, rectification);
                if (update.executeUpdate() != 1) {
                    throw query(connection, "", rectification).isEmpty()
                            ? HallException.notFound("没有该整改单", "no rectification " + rectification)
                            : new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("该整改已回访", "already followed up"));
                }
            }
            LedgerRecords.append(connection, clock.instant(), actor, "RECTIFICATION_FOLLOWED_UP",
                    "rectification-" + rectification, "{}");
            return query(connection, "", rectification).get(0);
        });
    }

    private void openRectification(Connection connection, long rating, String department, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rectification (rating_id, department,"
                + " deadline, opened_at, follow_up, followed_up_by) VALUES (?, ?, ?, ?, '', '')")) {
            insert.setLong(1, rating);
            insert.setString(2, department);
            insert.setDate(3, Date.valueOf(calendar.due(calendar.today(), settings.value().rectificationDays())));
            insert.setTimestamp(4, Timestamp.from(now), Times.utc());
            insert.executeUpdate();
        }
        LedgerRecords.append(connection, now, "system", "RECTIFICATION_OPENED", "rating-" + rating,
                Json.GSON.toJson(Map.of("department", department)));
    }

    /** What a visit's rating is stored under: the day's ticket (a label is reused every day). */
    public static String subject(Ticket ticket) {
        return "ticket:" + ticket.day() + "/" + ticket.label();
    }

    private static boolean exists(Connection connection, String subject) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM rating WHERE subject = ?")) {
            query.setString(1, subject);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long insertRating(Connection connection, String subject, String department,
            Evaluation evaluation, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rating (subject, department, overall,"
                + " efficiency, competence, attitude, comment_text, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, subject);
            insert.setString(2, department);
            insert.setString(3, evaluation.overall().name());
            insert.setString(4, evaluation.efficiency().name());
            insert.setString(5, evaluation.competence().name());
            insert.setString(6, evaluation.attitude().name());
            insert.setString(7, evaluation.comment());
            insert.setTimestamp(8, Timestamp.from(at), Times.utc());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Rectifications with their ratings; {@code id} ≥ 0 selects one. */
    private static List<Rectification> query(Connection connection, String where, long id) throws SQLException {
        String filter = id >= 0 ? "WHERE x.id = ?" : where;
        try (PreparedStatement query = connection.prepareStatement("SELECT x.id, x.department, x.deadline,"
                + " x.opened_at, x.follow_up, x.followed_up_by, x.followed_up_at, r.id AS rating_id, r.subject,"
                + " r.department AS rated_department, r.overall, r.efficiency, r.competence, r.attitude,"
                + " r.comment_text, r.rated_at FROM rectification x JOIN rating r ON r.id = x.rating_id " + filter
                + " ORDER BY CASE WHEN x.followed_up_at IS NULL THEN 0 ELSE 1 END, x.deadline, x.id")) {
            if (id >= 0) {
                query.setLong(1, id);
            }
            List<Rectification> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Rating rating = new Rating(rows.getLong("rating_id"), rows.getString("subject"),
                            rows.getString("rated_department"), RatingLevel.valueOf(rows.getString("overall")),
                            RatingLevel.valueOf(rows.getString("efficiency")),
                            RatingLevel.valueOf(rows.getString("competence")),
                            RatingLevel.valueOf(rows.getString("attitude")), rows.getString("comment_text"),
                            Times.instant(rows, "rated_at"));
                    found.add(new Rectification(rows.getLong("id"), rating, rows.getString("department"),
                            rows.getDate("deadline").toLocalDate(), Times.instant(rows, "opened_at"),
                            rows.getString("follow_up"), rows.getString("followed_up_by"),
                            Times.instantOrNull(rows, "followed_up_at")));
                }
            }
            return found;
        }
    }
}
