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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.Floor;
import org.parkhall.api.HallException;
import org.parkhall.api.Rating;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Ratings;
import org.parkhall.api.Rectification;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.LedgerRecords;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * 好差评. A rating is written once and never updated (there is no path for staff to change it); a bad overall
 * rating opens a rectification for the responsible department in the same transaction.
 */
@Component(service = Ratings.class, configurationPid = "org.parkhall.ratings")
@Designate(ocd = RatingService.Config.class)
public final class RatingService implements Ratings {
    private static final String HALL = "hall";
    private static final TextField COMMENT = TextField.lines("comment", "评价内容", "comment", 500);
    private static final TextField FOLLOW_UP = TextField.lines("note", "回访记录", "follow-up record", 500);

    @ObjectClassDefinition(name = "Parkhall ratings")
    public @interface Config {
        @AttributeDefinition(description = "Working days a department has to rectify after a bad rating")
        int rectificationDays() default 5;
    }

    private final Database database;
    private final HallCalendar calendar;
    private final Floor floor;
    private final Cases cases;
    private final int rectificationDays;
    /** How long after a service the rating pad at its counter keeps asking for a rating. */
    private static final Duration RATING_WINDOW = Duration.ofMinutes(10);

    private final Clock clock = Clock.systemUTC();

    @Activate
    public RatingService(@Reference Database database, @Reference HallCalendar calendar, @Reference Floor floor,
            @Reference Cases cases, Config config) {
        if (config.rectificationDays() < 1) {
            throw new IllegalArgumentException("rectificationDays must be at least 1");
        }
        this.database = database;
        this.calendar = calendar;
        this.floor = floor;
        this.cases = cases;
        this.rectificationDays = config.rectificationDays();
    }

    @Override
    public Rating rate(String ticketLabel, String caseNumber, RatingLevel overall, RatingLevel efficiency,
            RatingLevel competence, RatingLevel attitude, String comment) {
        boolean byTicket = ticketLabel != null && !ticketLabel.isBlank();
        boolean byCase = caseNumber != null && !caseNumber.isBlank();
        if (byTicket == byCase) {
            throw new InvalidInputException("subject", "请评价一次服务（排队号）或一个办件，二者选一",
                    "rate either one visit (ticket) or one case");
        }
        if (overall == null || efficiency == null || competence == null || attitude == null) {
            throw new InvalidInputException("levels", "请对总体、效率、业务能力、服务态度逐项评价",
                    "rate overall, efficiency, competence and attitude");
        }
        String text = COMMENT.check(comment);
        String subject;
        String department;
        if (byTicket) {
            Ticket ticket = floor.ticket(ticketLabel).orElseThrow(() -> HallException.notFound(
                    "今天没有该号：" + ticketLabel, "no ticket " + ticketLabel + " today"));
            if (ticket.state() != TicketState.DONE) {
                throw new HallException("illegal_action", Bilingual.of("办理结束后才能评价",
                        "a visit can be rated once its service has finished"));
            }
            subject = subject(ticket);
            department = ticket.caseNumbers().stream().findFirst().flatMap(cases::find).map(CaseFile::department)
                    .orElse(HALL);
        } else {
            CaseFile file = cases.find(caseNumber.strip()).orElseThrow(() -> HallException.notFound(
                    "没有该办件：" + caseNumber, "no such case: " + caseNumber));
            subject = "case:" + file.number();
            department = file.department();
        }
        return database.inTransaction(connection -> {
            if (exists(connection, subject)) {
                throw new HallException("illegal_action", Bilingual.of("该次服务已评价，评价不可修改",
                        "this visit or case has been rated already; ratings cannot be changed"));
            }
            Instant now = clock.instant();
            long id = insertRating(connection, subject, department, overall, efficiency, competence, attitude, text,
                    now);
            LedgerRecords.append(connection, now, "public", "RATED", subject,
                    Json.GSON.toJson(Map.of("overall", overall.name())));
            if (overall.bad()) {
                openRectification(connection, id, department, now);
            }
            return new Rating(id, subject, department, overall, efficiency, competence, attitude, text, now);
        });
    }

    @Override
    public Optional<Ticket> awaitingRating(int counter) {
        Instant since = clock.instant().minus(RATING_WINDOW);
        Optional<Ticket> latest = floor.tickets("", TicketState.DONE).stream()
                .filter(ticket -> ticket.counter() == counter && ticket.serviceEndedAt().isAfter(since))
                .max(Comparator.comparing(Ticket::serviceEndedAt));
        return latest.filter(ticket -> !database.read(connection -> exists(connection, subject(ticket))));
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
                            : new HallException("illegal_action", Bilingual.of("该整改已回访", "already followed up"));
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
            insert.setDate(3, Date.valueOf(calendar.due(calendar.today(), rectificationDays)));
            insert.setTimestamp(4, Timestamp.from(now), Times.utc());
            insert.executeUpdate();
        }
        LedgerRecords.append(connection, now, "system", "RECTIFICATION_OPENED", "rating-" + rating,
                Json.GSON.toJson(Map.of("department", department)));
    }

    private static String subject(Ticket ticket) {
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

    private static long insertRating(Connection connection, String subject, String department, RatingLevel overall,
            RatingLevel efficiency, RatingLevel competence, RatingLevel attitude, String comment, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rating (subject, department, overall,"
                + " efficiency, competence, attitude, comment_text, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, subject);
            insert.setString(2, department);
            insert.setString(3, overall.name());
            insert.setString(4, efficiency.name());
            insert.setString(5, competence.name());
            insert.setString(6, attitude.name());
            insert.setString(7, comment);
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
