package org.parkhall.core.internal.floor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.CounterPause;
import org.parkhall.api.CounterStep;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.PauseReason;
import org.parkhall.api.Priority;
import org.parkhall.api.QueueInfo;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.cases.CaseNumbers;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.DayCounters;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;

/**
 * The floor of the site this node serves (its tickets and counters; other sites' are not seen). Each step is one
 * transaction with its ledger entry; a call or recall is announced for the hall displays of every node through
 * {@link FloorEvents}.
 */
@Component(service = Floor.class, configurationPid = "org.parkhall.floor")
@Designate(ocd = FloorService.Config.class)
public final class FloorService implements Floor {
        static final int PRIORITY_BURST = 2;
    static final int MAX_ORDINARY_WAIT_MINUTES = 30;
    static final int MAX_RECALLS = 3;
    static final int NO_SHOW_REJOIN_MINUTES = 30;

    @ObjectClassDefinition(name = "%floor", description = "%floor.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%floor.priorityBurst", description = "%floor.priorityBurst.description")
        int priorityBurst() default PRIORITY_BURST;

        @AttributeDefinition(name = "%floor.maxOrdinaryWaitMinutes", description = "%floor.maxOrdinaryWaitMinutes.description")
        int maxOrdinaryWaitMinutes() default MAX_ORDINARY_WAIT_MINUTES;

        @AttributeDefinition(name = "%floor.maxRecalls", description = "%floor.maxRecalls.description")
        int maxRecalls() default MAX_RECALLS;

        @AttributeDefinition(name = "%floor.noShowRejoinMinutes", description = "%floor.noShowRejoinMinutes.description")
        int noShowRejoinMinutes() default NO_SHOW_REJOIN_MINUTES;
    }

    /** What the floor's configuration sets, as checked. */
    private record Settings(CallingPolicy policy, int maxRecalls, Duration rejoinWithin) {
        static Settings read(ConfigurationReader read) {
            return new Settings(new CallingPolicy(read.integer("priorityBurst", PRIORITY_BURST, 1, 20),
                    Duration.ofMinutes(read.integer("maxOrdinaryWaitMinutes", MAX_ORDINARY_WAIT_MINUTES, 1, 480))),
                    read.integer("maxRecalls", MAX_RECALLS, 0, 10),
                    Duration.ofMinutes(read.integer("noShowRejoinMinutes", NO_SHOW_REJOIN_MINUTES, 0, 480)));
        }
    }

    private final Database database;
    private final HallCalendar calendar;
    private final FloorLayout layout;
    private final FloorEvents events;
    private final HallConfiguration configurations;
    private final SiteDirectory sites;
    private volatile Settings settings;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public FloorService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference FloorLayout layout, @Reference FloorEvents events,
            @Reference HallConfiguration configurations, @Reference SiteDirectory sites,
            Map<String, Object> properties) {
        this.database = database;
        this.sites = sites;
        this.calendar = calendar;
        this.layout = layout;
        this.events = events;
        this.configurations = configurations;
        configure(properties);
    }

    /** A changed configuration is taken in place: a refused one leaves the floor running as it was. */
    @Modified
    void configure(Map<String, Object> properties) {
        ConfigurationReader read = new ConfigurationReader(properties);
        settings = configurations.settle(read, Settings.read(read), settings);
    }

    @Override
    public List<QueueInfo> queues() {
        return database.read(connection -> {
            List<QueueInfo> queues = new ArrayList<>();
            for (QueueDefinition.Queue queue : layout.queues()) {
                int waiting = TicketRecords.waiting(connection, site(), calendar.today(), List.of(queue.letter()))
                        .size();
                queues.add(new QueueInfo(queue.letter(), queue.name(), queue.serviceLevelMinutes(), waiting,
                        estimate(connection, queue, waiting)));
            }
            return queues;
        });
    }

    @Override
    public List<CounterInfo> counters() {
        return database.read(connection -> {
            List<CounterInfo> counters = new ArrayList<>();
            for (CounterDefinition.Counter counter : layout.counters()) {
                counters.add(info(connection, counter));
            }
            return counters;
        });
    }

    @Override
    public Ticket issue(String queueLetter, Priority priority, String actor) {
        QueueDefinition.Queue queue = queue(queueLetter);
        if (priority == null) {
            throw new InvalidInputException("priority", "请选择优先类型", "choose a priority (NONE for ordinary)");
        }
        long id = database.inTransaction(connection -> issueIn(connection, site(), calendar.today(), queue.letter(),
                priority, clock.instant(), actor));
        return estimated(id);
    }

    /**
     * The ticket with its estimate, read after the change has committed: reading counters inside the change would
     * hold the new ticket's lock while waiting for a counter's, the reverse of a call's order, and deadlock.
     */
    private Ticket estimated(long ticketId) {
        return database.read(connection -> withEstimate(connection, TicketRecords.byId(connection, ticketId)
                .orElseThrow()));
    }

    /**
     * Issues today's next ticket of {@code queue} on {@code site}'s floor in the caller's transaction, with its ledger
     * entry; its id.
     */
    public static long issueIn(Connection connection, String site, LocalDate today, String queue, Priority priority,
            Instant now, String actor) throws SQLException {
        String label = String.format("%s%03d", queue, DayCounters.next(connection, today,
                "ticket-" + queue + "-" + site));
        long id = TicketRecords.insert(connection, site, today, label, queue, priority, now);
        LedgerRecords.append(connection, now, actor, "TICKET_ISSUED", label,
                Json.GSON.toJson(Map.of("queue", queue, "priority", priority.name(), "site", site)));
        return id;
    }

    @Override
    public Optional<Ticket> ticket(String label) {
        return database.read(connection -> {
            Optional<Ticket> ticket = TicketRecords.byLabel(connection, site(), calendar.today(), normalised(label));
            return ticket.isPresent() ? Optional.of(withEstimate(connection, ticket.get())) : ticket;
        });
    }

    @Override
    public List<Ticket> tickets(String queueLetter, TicketState state) {
        String queue = queueLetter == null || queueLetter.isBlank() ? "" : queue(queueLetter).letter();
        return database.read(connection -> TicketRecords.today(connection, site(), calendar.today(), queue, state));
    }

    @Override
    public CounterInfo signIn(int counter, String staff) {
        CounterDefinition.Counter definition = counter(counter);
        if (staff == null || staff.isBlank() || staff.length() > 100) {
            throw new InvalidInputException("staff", "请填写签到人员", "who signs in is required (at most 100 characters)");
        }
        return database.inTransaction(connection -> {
            Optional<CounterSessions.Session> open = CounterSessions.lockOpen(connection, site(), counter);
            if (open.isPresent()) {
                throw conflict(counter + "号窗口已由" + open.get().staff() + "签到",
                        "counter " + counter + " is already signed in by " + open.get().staff());
            }
            CounterSessions.signIn(connection, site(), counter, staff.strip(), clock.instant());
            record(connection, staff.strip(), "COUNTER_SIGNED_IN", "counter-" + counter, Map.of());
            return info(connection, definition);
        });
    }

    @Override
    public CounterInfo signOut(int counter, String staff) {
        return counterMoving(counter, CounterStep.SIGN_OUT, (connection, session) -> {
            CounterSessions.signOut(connection, session.id(), clock.instant());
            record(connection, staff == null || staff.isBlank() ? session.staff() : staff, "COUNTER_SIGNED_OUT",
                    "counter-" + counter, Map.of("staff", session.staff()));
        });
    }

    @Override
    public Optional<Ticket> callNext(int counter, String actor) {
        CounterDefinition.Counter definition = counter(counter);
        Optional<Ticket> called = database.inTransaction(connection -> {
            CounterSessions.Session session = check(connection, counter, CounterStep.CALL_NEXT).session().get();
            List<Ticket> waiting = TicketRecords.waiting(connection, site(), calendar.today(), definition.queues());
            while (!waiting.isEmpty()) {
                Optional<CallingPolicy.Candidate> chosen = settings.policy().choose(waiting.stream()
                        .map(ticket -> new CallingPolicy.Candidate(ticket.id(),
                                definition.queues().indexOf(ticket.queue()), ticket.priority().goesAhead(),
                                ticket.arrivedAt())).toList(), session.priorityCallsInRow(), clock.instant());
                long id = chosen.orElseThrow().id();
                if (TicketRecords.move(connection, id, TicketState.WAITING, TicketState.CALLED,
                        "counter_no = ?, called_at = ?", counter, clock.instant())) {
                    Ticket ticket = TicketRecords.byId(connection, id).orElseThrow();
                    CounterSessions.priorityCallsInRow(connection, session.id(),
                            ticket.priority().goesAhead() ? session.priorityCallsInRow() + 1 : 0);
                    record(connection, actor, "TICKET_CALLED", ticket.label(), Map.of("counter",
                            String.valueOf(counter)));
                    events.sendIn(connection, site(), FloorEvents.Announcement.of(FloorEvents.CALLED, ticket));
                    return Optional.of(ticket);
                }
                // Another counter called it a moment ago: choose again among the rest.
                waiting.removeIf(ticket -> ticket.id() == id);
            }
            return Optional.empty();
        });
        called.ifPresent(ticket -> events.postHere(FloorEvents.Announcement.of(FloorEvents.CALLED, ticket)));
        return called;
    }

    @Override
    public Ticket callTicket(int counter, String label, String actor) {
        counter(counter);
        Ticket called = database.inTransaction(connection -> {
            check(connection, counter, CounterStep.CALL_NUMBER);
            Ticket ticket = byLabel(connection, label);
            // Out of turn: the counter's run of priority calls is left as it was.
            move(connection, ticket, TicketState.WAITING, TicketState.CALLED, "counter_no = ?, called_at = ?",
                    counter, clock.instant());
            record(connection, actor, "TICKET_CALLED", ticket.label(), Map.of("counter", String.valueOf(counter),
                    "outOfTurn", "true"));
            return announcedIn(connection, FloorEvents.CALLED, ticket);
        });
        events.postHere(FloorEvents.Announcement.of(FloorEvents.CALLED, called));
        return called;
    }

    @Override
    public Ticket recall(int counter, String actor) {
        Ticket ticket = atCounterMoving(counter, CounterStep.RECALL, actor, "TICKET_RECALLED", TicketState.CALLED,
                FloorEvents.RECALLED, new Change("recalls = recalls + 1, called_at = ?", clock.instant()));
        events.postHere(FloorEvents.Announcement.of(FloorEvents.RECALLED, ticket));
        return ticket;
    }

    @Override
    public Ticket noShow(int counter, String actor) {
        return atCounterMoving(counter, CounterStep.NO_SHOW, actor, "TICKET_NO_SHOW", TicketState.NO_SHOW, null,
                new Change(""));
    }

    @Override
    public Ticket rejoin(String label, String actor) {
        return estimated(database.inTransaction(connection -> {
            Ticket ticket = byLabel(connection, label);
            if (ticket.state() != TicketState.NO_SHOW) {
                throw conflict(ticket.label() + "不是过号状态", ticket.label() + " is not a no-show");
            }
            Duration rejoinWithin = settings.rejoinWithin();
            if (ticket.calledAt().plus(rejoinWithin).isBefore(clock.instant())) {
                throw conflict(ticket.label() + "过号已超过" + rejoinWithin.toMinutes() + "分钟，请重新取号",
                        ticket.label() + " missed its call over " + rejoinWithin.toMinutes() + " minutes ago;"
                                + " take a new ticket");
            }
            move(connection, ticket, TicketState.NO_SHOW, TicketState.WAITING, "counter_no = 0, called_at = NULL");
            record(connection, actor, "TICKET_REJOINED", ticket.label(), Map.of());
            return ticket.id();
        }));
    }

    @Override
    public Ticket startService(int counter, String actor) {
        return atCounterMoving(counter, CounterStep.START, actor, "SERVICE_STARTED", TicketState.SERVING, null,
                new Change("service_started_at = ?", clock.instant()));
    }

    @Override
    public Ticket finishService(int counter, List<String> caseNumbers, String actor) {
        List<String> cases = caseNumbers == null ? List.of() : caseNumbers.stream().map(String::strip)
                .filter(number -> !number.isEmpty()).distinct().toList();
        for (String number : cases) {
            if (!CaseNumbers.PATTERN.matcher(number).matches()) {
                throw new InvalidInputException("caseNumbers", "办件编号格式不正确：" + number,
                        "not a case number: " + number);
            }
        }
        String joined = String.join(",", cases);
        if (joined.length() > 400) {
            throw new InvalidInputException("caseNumbers", "关联办件过多", "too many case numbers for one service");
        }
        return atCounterMoving(counter, CounterStep.FINISH, actor, "SERVICE_FINISHED", TicketState.DONE, null,
                new Change("service_ended_at = ?, case_numbers = ?", clock.instant(), joined));
    }

    @Override
    public Ticket transfer(int counter, String toQueue, String actor) {
        QueueDefinition.Queue target = queue(toQueue);
        // Back to waiting in the other queue; arrived_at is untouched, so the visitor keeps their place in time.
        return atCounterMoving(counter, CounterStep.TRANSFER, actor, "TICKET_TRANSFERRED", TicketState.WAITING, null,
                new Change("queue_letter = ?, counter_no = 0, called_at = NULL, recalls = 0,"
                        + " service_started_at = NULL", target.letter()));
    }

    @Override
    public Ticket hold(int counter, String actor) {
        return atCounterMoving(counter, CounterStep.HOLD, actor, "TICKET_ON_HOLD", TicketState.ON_HOLD, null,
                new Change(""));
    }

    @Override
    public Ticket callBack(int counter, String label, String actor) {
        counter(counter);
        Ticket called = database.inTransaction(connection -> {
            CounterSteps.Situation at = check(connection, counter, CounterStep.CALL_BACK);
            Ticket ticket = at.onHold().stream().filter(held -> held.label().equals(normalised(label))).findFirst()
                    .orElseThrow(() -> conflict(normalised(label) + "不是" + counter + "号窗口挂起的号",
                            normalised(label) + " is not on hold at counter " + counter));
            move(connection, ticket, TicketState.ON_HOLD, TicketState.CALLED, "called_at = ?, recalls = 0",
                    clock.instant());
            record(connection, actor, "TICKET_CALLED_BACK", ticket.label(), Map.of("counter",
                    String.valueOf(counter)));
            return announcedIn(connection, FloorEvents.CALLED, ticket);
        });
        events.postHere(FloorEvents.Announcement.of(FloorEvents.CALLED, called));
        return called;
    }

    @Override
    public CounterInfo pause(int counter, PauseReason reason, String note, String actor) {
        String text = note == null ? "" : note.strip();
        if (reason == null) {
            throw new InvalidInputException("reason", "请选择暂停原因", "choose why the counter pauses");
        }
        if (text.length() > 200) {
            throw new InvalidInputException("note", "说明最多200字", "the note is at most 200 characters");
        }
        if (reason == PauseReason.OTHER && text.isEmpty()) {
            throw new InvalidInputException("note", "选择“其他”时请说明原因", "say why when the reason is \"other\"");
        }
        return counterMoving(counter, CounterStep.PAUSE, (connection, session) -> {
            CounterSessions.pause(connection, session.id(), new CounterPause(reason, text, clock.instant()));
            record(connection, actor, "COUNTER_PAUSED", "counter-" + counter, Map.of("reason", reason.name(),
                    "note", text));
        });
    }

    @Override
    public CounterInfo resume(int counter, String actor) {
        return counterMoving(counter, CounterStep.RESUME, (connection, session) -> {
            CounterSessions.pause(connection, session.id(), null);
            record(connection, actor, "COUNTER_RESUMED", "counter-" + counter, Map.of("pausedMinutes",
                    String.valueOf(Duration.between(session.pause().since(), clock.instant()).toMinutes())));
        });
    }

    @Override
    public Ticket cancel(String label, String actor) {
        return database.inTransaction(connection -> {
            Ticket ticket = byLabel(connection, label);
            move(connection, ticket, ticket.state() == TicketState.NO_SHOW ? TicketState.NO_SHOW : TicketState.WAITING,
                    TicketState.CANCELLED, "");
            record(connection, actor, "TICKET_CANCELLED", ticket.label(), Map.of());
            return TicketRecords.byId(connection, ticket.id()).orElseThrow();
        });
    }

    /** Columns a step sets on the ticket, with their values. */
    private record Change(String assignments, Object... values) {
    }

    /**
     * Takes {@code step} on the ticket in hand at {@code counter}, moving it to {@code to}, in one transaction with
     * its record and, unless {@code announcedOn} is null, its announcement to the other nodes on that topic.
     */
    private Ticket atCounterMoving(int counter, CounterStep step, String actor, String action, TicketState to,
            String announcedOn, Change change) {
        counter(counter);
        return database.inTransaction(connection -> {
            Ticket current = check(connection, counter, step).inHand().orElseThrow();
            TicketRecords.move(connection, current.id(), current.state(), to, change.assignments(), change.values());
            record(connection, actor, action, current.label(), Map.of("counter", String.valueOf(counter)));
            return announcedIn(connection, announcedOn, current);
        });
    }

    /** The ticket as it now stands, announced to the other nodes on {@code topic} (none when null) on commit. */
    private Ticket announcedIn(Connection connection, String topic, Ticket ticket) throws SQLException {
        Ticket moved = TicketRecords.byId(connection, ticket.id()).orElseThrow();
        if (topic != null) {
            events.sendIn(connection, site(), FloorEvents.Announcement.of(topic, moved));
        }
        return moved;
    }

    /** What a step on the counter itself (not its ticket) changes, on its open sign-in. */
    @FunctionalInterface
    private interface SessionChange {
        void apply(Connection connection, CounterSessions.Session session) throws SQLException;
    }

    /** Takes {@code step} on the counter itself in one transaction; the counter as it is afterwards. */
    private CounterInfo counterMoving(int counter, CounterStep step, SessionChange change) {
        CounterDefinition.Counter definition = counter(counter);
        return database.inTransaction(connection -> {
            change.apply(connection, check(connection, counter, step).session().get());
            return info(connection, definition);
        });
    }

    /**
     * Locks the counter's sign-in, so one counter's steps never run side by side, and refuses {@code step} when
     * the rule does; what the step works on.
     */
    private CounterSteps.Situation check(Connection connection, int counter, CounterStep step) throws SQLException {
        CounterSteps.Situation at = situation(connection, counter, CounterSessions.lockOpen(connection, site(),
                counter));
        Optional<Bilingual> refusal = CounterSteps.refusal(step, at);
        if (refusal.isPresent()) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, refusal.get());
        }
        return at;
    }

    private CounterSteps.Situation situation(Connection connection, int counter,
            Optional<CounterSessions.Session> session) throws SQLException {
        if (session.isEmpty()) {
            return new CounterSteps.Situation(counter, session, Optional.empty(), List.of(), 0);
        }
        Optional<Ticket> inHand = TicketRecords.atCounter(connection, site(), calendar.today(), counter);
        return new CounterSteps.Situation(counter, session, inHand,
                TicketRecords.onHold(connection, site(), calendar.today(), counter),
                settings.maxRecalls() - inHand.map(Ticket::recalls).orElse(0));
    }

    private void move(Connection connection, Ticket ticket, TicketState from, TicketState to, String assignments,
            Object... values) throws SQLException {
        if (!TicketRecords.move(connection, ticket.id(), from, to, assignments, values)) {
            throw conflict(ticket.label() + "当前为“" + ticket.state().label().zh() + "”，不能执行此操作",
                    ticket.label() + " is " + ticket.state().label().en());
        }
    }

    private CounterInfo info(Connection connection, CounterDefinition.Counter counter) throws SQLException {
        Optional<CounterSessions.Session> session = CounterSessions.open(connection, site(), counter.number());
        CounterSteps.Situation at = situation(connection, counter.number(), session);
        return new CounterInfo(counter.number(), counter.name(), counter.queues(),
                session.map(CounterSessions.Session::staff).orElse(""),
                session.map(CounterSessions.Session::since).orElse(null), at.inHand().orElse(null),
                session.map(CounterSessions.Session::pause).orElse(null), at.onHold(), CounterSteps.allowed(at));
    }

    /** The ticket with how many are ahead of it and the estimated wait, while it waits. */
    private Ticket withEstimate(Connection connection, Ticket ticket) throws SQLException {
        if (ticket.state() != TicketState.WAITING) {
            return ticket;
        }
        List<Ticket> waiting = TicketRecords.waiting(connection, site(), ticket.day(), List.of(ticket.queue()));
        int ahead = (int) waiting.stream().filter(other -> other.id() != ticket.id()
                && (other.priority().goesAhead() && !ticket.priority().goesAhead()
                        || other.priority().goesAhead() == ticket.priority().goesAhead()
                                && other.arrivedAt().isBefore(ticket.arrivedAt()))).count();
        QueueDefinition.Queue queue = layout.queue(ticket.queue()).orElse(null);
        int minutes = queue == null ? 0 : estimate(connection, queue, ahead);
        return new Ticket(ticket.id(), ticket.day(), ticket.label(), ticket.queue(), ticket.priority(),
                ticket.state(), ticket.arrivedAt(), ticket.calledAt(), ticket.counter(), ticket.recalls(),
                ticket.serviceStartedAt(), ticket.serviceEndedAt(), ticket.caseNumbers(), ahead, minutes);
    }

    private int estimate(Connection connection, QueueDefinition.Queue queue, int peopleAhead) throws SQLException {
        int openCounters = CounterSessions.openAmong(connection, site(), layout.counters().stream()
                .filter(counter -> counter.queues().contains(queue.letter()))
                .map(CounterDefinition.Counter::number).toList());
        return WaitEstimate.minutes(peopleAhead, TicketRecords.recentServiceTimes(connection, site(),
                calendar.today(), queue.letter(), 20), openCounters, Duration.ofMinutes(queue.defaultServiceMinutes()));
    }

    private void record(Connection connection, String actor, String action, String subject, Map<String, String> data)
            throws SQLException {
        LedgerRecords.append(connection, clock.instant(), actor, action, subject, Json.GSON.toJson(data));
    }

    private Ticket byLabel(Connection connection, String label) throws SQLException {
        return TicketRecords.byLabel(connection, site(), calendar.today(), normalised(label)).orElseThrow(() ->
                HallException.notFound("今天没有该号：" + label, "no ticket " + label + " today"));
    }

    private QueueDefinition.Queue queue(String letter) {
        return layout.queue(letter).orElseThrow(() -> new InvalidInputException("queue", "没有该队列：" + letter,
                "no such queue: " + letter));
    }

    private CounterDefinition.Counter counter(int number) {
        return layout.counter(number).orElseThrow(() -> HallException.notFound("没有" + number + "号窗口",
                "no counter " + number));
    }

    /** The site whose floor this is: its tickets and counters are this node's. */
    public String site() {
        return sites.here().code();
    }

    private static String normalised(String label) {
        return label == null ? "" : label.strip().toUpperCase();
    }

    private static HallException conflict(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }
}
