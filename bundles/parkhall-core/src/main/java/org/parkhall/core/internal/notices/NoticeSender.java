package org.parkhall.core.internal.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.NoticeState;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.floor.QueueDefinition;
import org.parkhall.core.internal.nodes.HallNode;
import org.parkhall.core.internal.store.Database;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.NoticeAddress;
import org.parkhall.spi.NoticeChannel;
import org.parkhall.spi.NoticeOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox through the {@link NoticeChannel}s deployed now (bundles that may come and go). Each round it
 * queues again the claims whose node died, claims due notices with a guarded update (so no two nodes, and no two
 * rounds, send one notice), sends each outside any transaction, and records the attempt with its outcome: sent once,
 * or queued again after a back-off, or given up. A notice to an address no channel reaches waits. The day-before
 * booking reminders are queued here too, by one node at a time.
 */
@Component(configurationPid = "org.parkhall.notice", immediate = true)
@Designate(ocd = NoticeSender.Config.class)
public final class NoticeSender {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);
    private static final String REMINDER_JOB = "notice-booking-reminders";
    private static final String TURN_NEAR_JOB = "notice-turn-near";
    private static final int BATCH = 20;
    private static final long REMINDER_EVERY_SECONDS = 60;

    @ObjectClassDefinition(name = "%notice", description = "%notice.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%notice.pollSeconds", description = "%notice.pollSeconds.description",
                min = "1", max = "300")
        int pollSeconds() default NoticeRules.POLL_SECONDS;

        @AttributeDefinition(name = "%notice.firstRetrySeconds", description = "%notice.firstRetrySeconds.description",
                min = "1", max = "3600")
        int firstRetrySeconds() default NoticeRules.FIRST_RETRY_SECONDS;

        @AttributeDefinition(name = "%notice.longestRetrySeconds",
                description = "%notice.longestRetrySeconds.description", min = "1", max = "86400")
        int longestRetrySeconds() default NoticeRules.LONGEST_RETRY_SECONDS;

        @AttributeDefinition(name = "%notice.maxAttempts", description = "%notice.maxAttempts.description",
                min = "1", max = "50")
        int maxAttempts() default NoticeRules.MAX_ATTEMPTS;

        @AttributeDefinition(name = "%notice.claimSeconds", description = "%notice.claimSeconds.description",
                min = "30", max = "3600")
        int claimSeconds() default NoticeRules.CLAIM_SECONDS;

        @AttributeDefinition(name = "%notice.turnNearPosition", description = "%notice.turnNearPosition.description",
                min = "0", max = "20")
        int turnNearPosition() default NoticeRules.TURN_NEAR_POSITION;

        @AttributeDefinition(name = "%notice.reminderHour", description = "%notice.reminderHour.description",
                min = "0", max = "23")
        int reminderHour() default NoticeRules.REMINDER_HOUR;
    }

    private final Database database;
    private final NoticeOutbox outbox;
    private final HallCalendar calendar;
    private final FloorLayout floor;
    private final String node;
    private final Clock clock;
    private final SettledConfiguration<NoticeRules> rules;
    /** Highest ranking first (a ServiceReference orders by ranking, then by age). */
    private final Map<ServiceReference<NoticeChannel>, NoticeChannel> channels =
            new ConcurrentSkipListMap<>((a, b) -> b.compareTo(a));
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread sender = new Thread(task, "parkhall-notice-sender");
        sender.setDaemon(true);
        return sender;
    });
    private ScheduledFuture<?> rounds;
    private volatile Instant lastReminderCheck = Instant.EPOCH;
    private volatile boolean warned;

    @Activate
    public NoticeSender(@Reference Database database, @Reference NoticeOutbox outbox,
            @Reference HallCalendar calendar, @Reference FloorLayout floor, @Reference HallNode node,
            @Reference HallConfiguration configurations, Map<String, Object> properties) {
        this(database, outbox, calendar, floor, node.name(), Clock.systemUTC(), configurations, properties);
        schedule();
    }

    /** A sender that runs no rounds by itself: the tests call {@link #send} and the queueing steps. */
    NoticeSender(Database database, NoticeOutbox outbox, HallCalendar calendar, FloorLayout floor, String node,
            Clock clock, HallConfiguration configurations, Map<String, ?> properties) {
        this.database = database;
        this.outbox = outbox;
        this.calendar = calendar;
        this.floor = floor;
        this.node = node;
        this.clock = clock;
        this.rules = new SettledConfiguration<>(configurations, NoticeRules::read, properties);
    }

    @Modified
    synchronized void configure(Map<String, Object> properties) {
        rules.take(properties);
        if (rounds != null) {
            schedule();
        }
    }

    @Deactivate
    void stop() {
        thread.shutdownNow();
        rules.withdraw();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeChannel")
    void addChannel(ServiceReference<NoticeChannel> reference, NoticeChannel channel) {
        channels.put(reference, channel);
        LOG.info("Notice channel {} arrived, reaching {}", name(reference), channel.reaches());
    }

    void removeChannel(ServiceReference<NoticeChannel> reference) {
        channels.remove(reference);
        LOG.info("Notice channel {} left", name(reference));
    }

    private synchronized void schedule() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        long every = rules().pollSeconds();
        rounds = thread.scheduleWithFixedDelay(this::round, every, every, TimeUnit.SECONDS);
    }

    private NoticeRules rules() {
        NoticeRules value = rules.value();
        return value == null ? NoticeRules.DEFAULTS : value;
    }

    /** One round; a store away or a channel's fault never ends the sender thread. */
    void round() {
        try {
            queueReminders();
            queueTurnsNear();
            send();
            if (warned) {
                warned = false;
                LOG.info("Notice sender works again");
            }
        } catch (RuntimeException e) {
            if (!warned) {
                warned = true;
                // with its trace, once per outage: an unexpected fault must be findable
                LOG.warn("Notice sender round failed; notices wait in the outbox and are tried again", e);
            }
        }
    }

    /** Sends what is due now; answers how many notices were attempted. */
    int send() {
        NoticeRules now = rules();
        Instant start = clock.instant();
        Set<NoticeAddress.Kind> reachable = EnumSet.noneOf(NoticeAddress.Kind.class);
        channels.values().forEach(channel -> reachable.addAll(reachesSafely(channel)));
        String token = UUID.randomUUID().toString();
        List<NoticeRecords.Claimed> claimed = database.inTransaction(connection -> {
            NoticeRecords.releaseExpiredClaims(connection, start);
            List<NoticeRecords.Claimed> taken = new ArrayList<>();
            for (long id : NoticeRecords.due(connection, reachable, start, BATCH, database.onPostgres())) {
                NoticeRecords.claim(connection, id, token, node, start.plusSeconds(now.claimSeconds()))
                        .ifPresent(taken::add);
            }
            return taken;
        });
        claimed.forEach(notice -> deliver(notice, now));
        return claimed.size();
    }

    private void deliver(NoticeRecords.Claimed claimed, NoticeRules now) {
        long id = claimed.message().id();
        if (database.read(connection -> NoticeRecords.claimedOptedOut(connection, id))) {
            database.inTransaction(connection -> {
                NoticeRecords.unclaim(connection, id, claimed.token(), NoticeState.OPTED_OUT);
                return null;
            });
            return;
        }
        Optional<Map.Entry<ServiceReference<NoticeChannel>, NoticeChannel>> chosen = channels.entrySet().stream()
                .filter(entry -> reachesSafely(entry.getValue()).contains(claimed.message().to().kind())).findFirst();
        if (chosen.isEmpty()) { // the channel left since the claim: the notice waits for one
            database.inTransaction(connection -> {
                NoticeRecords.unclaim(connection, id, claimed.token(), NoticeState.QUEUED);
                return null;
            });
            return;
        }
        String channel = name(chosen.get().getKey());
        NoticeOutcome outcome;
        try {
            outcome = chosen.get().getValue().send(claimed.message());
            if (outcome == null) {
                outcome = NoticeOutcome.failed("the channel gave no outcome");
            }
        } catch (RuntimeException e) {
            outcome = NoticeOutcome.failed(e.getClass().getSimpleName());
        }
        Instant done = clock.instant();
        int attempts = claimed.attempts() + 1;
        NoticeState next;
        Instant nextAttempt = done;
        switch (outcome.result()) {
            case SENT -> next = NoticeState.SENT;
            case UNDELIVERABLE -> next = NoticeState.UNDELIVERABLE;
            default -> {
                Optional<Duration> wait = now.backOff(attempts);
                next = wait.isPresent() ? NoticeState.QUEUED : NoticeState.UNDELIVERABLE;
                nextAttempt = wait.map(done::plus).orElse(done);
            }
        }
        NoticeOutcome said = outcome;
        NoticeState settled = next;
        Instant retryAt = nextAttempt;
        boolean ours = database.inTransaction(connection -> {
            NoticeRecords.attempt(connection, id, done, node, channel, said.result().name(), said.detail());
            return NoticeRecords.settle(connection, id, claimed.token(), settled, channel,
                    said.result() == NoticeOutcome.Result.SENT ? "" : said.detail(), done, retryAt);
        });
        if (!ours) {
            LOG.warn("Notice {} was taken over while this node sent it (its claim of {} s ran out); the attempt is"
                    + " recorded", id, now.claimSeconds());
        }
        LOG.info("Notice {} to {} via {}: attempt {} {}{}", id, claimed.message().to().masked(), channel, attempts,
                said.result(), settled == NoticeState.QUEUED ? ", next at " + retryAt : "");
    }

    /** The day before a booking, from the configured hour, its reminder; checked once a minute. */
    void queueReminders() {
        Instant now = clock.instant();
        if (now.isBefore(lastReminderCheck.plusSeconds(REMINDER_EVERY_SECONDS))) {
            return;
        }
        lastReminderCheck = now;
        LocalDateTime local = calendar.now();
        if (local.getHour() < rules().reminderHour()) {
            return;
        }
        LocalDate tomorrow = local.toLocalDate().plusDays(1);
        database.inTransactionAlone(REMINDER_JOB, connection -> {
            for (NoticeRecords.Booking booking : NoticeRecords.bookedOn(connection, tomorrow)) {
                outbox.queue(connection, NoticeTexts.bookingReminder(booking.reference(), booking.day(),
                        queueName(booking.queue()), booking.start(), booking.end(), booking.phone()));
            }
            return Boolean.TRUE; // a job answers a value: inTransactionAlone reads empty as "another node ran it"
        });
    }

    /**
     * A booked visitor waiting within the configured positions of the counters is told so, once per ticket; read
     * each round rather than in the call's transaction, so the floor's calls stay as they are.
     */
    void queueTurnsNear() {
        int positions = rules().turnNearPosition();
        if (positions == 0) {
            return;
        }
        LocalDate today = calendar.today();
        database.inTransactionAlone(TURN_NEAR_JOB, connection -> {
            for (NoticeRecords.WaitingBooked ticket : NoticeRecords.nearTheFront(connection, today, positions)) {
                outbox.queue(connection, NoticeTexts.turnNear(ticket.label(), today, queueName(ticket.queue()),
                        ticket.ahead(), ticket.phone()));
            }
            return Boolean.TRUE;
        });
    }

    private Bilingual queueName(String letter) {
        return floor.queue(letter).map(QueueDefinition.Queue::name)
                .orElse(Bilingual.of("“" + letter + "”队列", "queue " + letter));
    }

    private static Set<NoticeAddress.Kind> reachesSafely(NoticeChannel channel) {
        try {
            Set<NoticeAddress.Kind> kinds = channel.reaches();
            return kinds == null ? Set.of() : kinds;
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    private static String name(ServiceReference<?> reference) {
        Object name = reference.getProperty(NoticeChannel.NAME);
        return name == null ? "unnamed" : String.valueOf(name);
    }
}
