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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import org.parkhall.api.Ratings;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.RatingChannel;
import org.parkhall.api.RatingIndicators;
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

/**
 * 好差评. A rating is written once and never updated (there is no path for staff to change it); a bad overall
 * rating opens a rectification for the responsible department in the same transaction ({@link RectificationService}
 * carries it on). A visit is rated with the
 * one-time token its counter's pad was given ({@link RatingTokens}), spent in the rating's transaction.
 */
@Component(service = Ratings.class, configurationPid = "org.parkhall.ratings")
@Designate(ocd = RatingService.Config.class)
public final class RatingService implements Ratings {
    private static final String HALL = "hall";

    static final int RECTIFICATION_DAYS = 5;
    static final int RATING_WINDOW_SECONDS = 300;
    static final int LONGEST_RECTIFICATION_DAYS = 15;

    @ObjectClassDefinition(name = "%ratings", description = "%ratings.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%ratings.rectificationDays", description = "%ratings.rectificationDays.description")
        int rectificationDays() default RECTIFICATION_DAYS;

        @AttributeDefinition(name = "%ratings.ratingWindowSeconds",
                description = "%ratings.ratingWindowSeconds.description")
        int ratingWindowSeconds() default RATING_WINDOW_SECONDS;

        @AttributeDefinition(name = "%ratings.longestRectificationDays",
                description = "%ratings.longestRectificationDays.description")
        int longestRectificationDays() default LONGEST_RECTIFICATION_DAYS;
    }

    /** What the ratings' configuration sets, as checked. */
    record Settings(int rectificationDays, Duration ratingWindow, int longestRectificationDays) {
        static Settings read(ConfigurationReader read) {
            return new Settings(read.integer("rectificationDays", RECTIFICATION_DAYS, 1, 60),
                    Duration.ofSeconds(read.integer("ratingWindowSeconds", RATING_WINDOW_SECONDS, 1, 3600)),
                    read.integer("longestRectificationDays", LONGEST_RECTIFICATION_DAYS, 1, 60));
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
        List<CaseFile> produced = ticket.caseNumbers().stream().map(cases::find).flatMap(Optional::stream).toList();
        String department = produced.stream().findFirst().map(CaseFile::department).orElse(HALL);
        List<String> items = produced.stream().map(CaseFile::itemCode).distinct().toList();
        return database.inTransaction(connection -> {
            Instant now = clock.instant();
            RatingTokens.spend(connection, ticket.id(), counter, token, now);
            Served served = new Served(RatingChannel.PAD, counter,
                    servedBy(connection, counter, ticket.serviceEndedAt()), items);
            return insert(connection, subject(ticket), department, evaluation, served, now);
        });
    }

    @Override
    public Rating rateCase(String caseNumber, Evaluation evaluation) {
        String number = caseNumber == null ? "" : caseNumber.strip();
        CaseFile file = cases.find(number).orElseThrow(() -> HallException.notFound(
                "没有该办件：" + number, "no such case: " + number));
        return database.inTransaction(connection -> insert(connection, "case:" + file.number(), file.department(),
                evaluation, new Served(RatingChannel.ONLINE, 0, receivedBy(connection, file.number()),
                        List.of(file.itemCode())), clock.instant()));
    }

    static HallException alreadyRated() {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("该次服务已评价，评价不可修改",
                "this visit or case has been rated already; ratings cannot be changed"));
    }

    /** The end of the visit's rating window. */
    private Instant expiry(Ticket ticket) {
        return ticket.serviceEndedAt().plus(settings.value().ratingWindow());
    }

    /** Where and by whom what is rated was served, and its items. */
    private record Served(RatingChannel channel, int counter, String staff, List<String> items) {
    }

    /**
     * Writes the rating under the current indicator set with its ledger entry, and the rectification a bad one
     * opens; refused when rated before.
     */
    private Rating insert(Connection connection, String subject, String department, Evaluation evaluation,
            Served served, Instant now) throws SQLException {
        if (exists(connection, subject)) {
            throw alreadyRated();
        }
        Rating rating = new Rating(0, subject, department, evaluation.overall(), evaluation.efficiency(),
                evaluation.competence(), evaluation.attitude(), evaluation.comment(), now,
                RatingIndicators.current().version(), served.channel(), served.counter(), served.staff(),
                served.items(), evaluation.reasons(), false);
        long id = insertRating(connection, rating);
        Map<String, String> recorded = new TreeMap<>(Map.of("overall", evaluation.overall().name(),
                "channel", served.channel().name(), "indicators", rating.indicatorSet()));
        if (served.counter() > 0) {
            recorded.put("counter", String.valueOf(served.counter()));
        }
        LedgerRecords.append(connection, now, "public", "RATED", subject, Json.GSON.toJson(recorded));
        if (evaluation.overall().bad()) {
            openRectification(connection, id, department, now);
        }
        return RatingRows.withId(rating, id);
    }

    /** Who was signed in at the counter when the service ended; empty when nobody was (a test floor, say). */
    private static String servedBy(Connection connection, int counter, Instant ended) throws SQLException {
        try (PreparedStatement query = Statements.prepare(connection, "SELECT staff FROM counter_session"
                + " WHERE counter_no = ? AND signed_in_at <= ? AND (signed_out_at IS NULL OR signed_out_at >= ?)"
                + " ORDER BY signed_in_at DESC", counter, ended, ended);
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    /** The clerk who took the case in: the actor of its first ledger entry. */
    private static String receivedBy(Connection connection, String caseNumber) throws SQLException {
        return LedgerRecords.about(connection, caseNumber).stream().findFirst().map(LedgerEvent::actor).orElse("");
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

    private static long insertRating(Connection connection, Rating rating) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rating (subject, department, overall,"
                + " efficiency, competence, attitude, comment_text, rated_at, indicator_set, channel, counter_no,"
                + " staff_user, item_codes, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, rating.subject());
            insert.setString(2, rating.department());
            insert.setString(3, rating.overall().name());
            insert.setString(4, rating.efficiency().name());
            insert.setString(5, rating.competence().name());
            insert.setString(6, rating.attitude().name());
            insert.setString(7, rating.comment());
            insert.setTimestamp(8, Timestamp.from(rating.ratedAt()), Times.utc());
            insert.setString(9, rating.indicatorSet());
            insert.setString(10, rating.channel().name());
            insert.setInt(11, rating.counter());
            insert.setString(12, rating.staff());
            insert.setString(13, RatingRows.joined(rating.items()));
            insert.setString(14, RatingRows.joined(rating.reasons().stream().map(Enum::name).sorted().toList()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
