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
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.Priority;
import org.parkhall.api.QueueInfo;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.DayCounters;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;

/**
 * The hall floor. Each step is one transaction with its ledger entry; a call is published on EventAdmin topic
 * {@value #CALLED} (and {@value #RECALLED}) once committed, for the hall display.
 */
@Component(service = Floor.class, configurationPid = "org.parkhall.floor")
@Designate(ocd = FloorService.Config.class)
public final class FloorService implements Floor {
    static final String CALLED = "org/parkhall/floor/CALLED";
    static final String RECALLED = "org/parkhall/floor/RECALLED";
    private static final Pattern CASE_NUMBER = Pattern.compile("PH\\d{12}");

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
    private final EventAdmin events;
    private final HallConfiguration configurations;
    private volatile Settings settings;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public FloorService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference FloorLayout layout, @Reference EventAdmin events, @Reference HallConfiguration configurations,
            Map<String, Object> properties) {
        this.database = database;
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
                int waiting = TicketRecords.waiting(connection, calendar.today(), List.of(queue.letter())).size();
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
        long id = database.inTransaction(connection -> issueIn(connection, calendar.today(), queue.letter(), priority,
                clock.instant(), actor));
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

    /** Issues today's next ticket of {@code queue} in the caller's transaction, with its ledger entry; its id. */
    public static long issueIn(Connection connection, LocalDate today, String queue, Priority priority, Instant now,
            String actor) throws SQLException {
        String label = String.format("%s%03d", queue, DayCounters.next(connection, today, "ticket-" + queue));
        long id = TicketRecords.insert(connection, today, label, queue, priority, now);
        LedgerRecords.append(connection, now, actor, "TICKET_ISSUED", label,
                Json.GSON.toJson(Map.of("queue", queue, "priority", priority.name())));
        return id;
    }

    @Override
    public Optional<Ticket> ticket(String label) {
        return database.read(connection -> {
            Optional<Ticket> ticket = TicketRecords.byLabel(connection, calendar.today(), normalised(label));
            return ticket.isPresent() ? Optional.of(withEstimate(connection, ticket.get())) : ticket;
        });
    }

    @Override
    public List<Ticket> tickets(String queueLetter, TicketState state) {
        String queue = queueLetter == null || queueLetter.isBlank() ? "" : queue(queueLetter).letter();
        return database.read(connection -> TicketRecords.today(connection, calendar.today(), queue, state));
    }

    @Override
    public CounterInfo signIn(int counter, String staff) {
        CounterDefinition.Counter definition = counter(counter);
        if (staff == null || staff.isBlank() || staff.length() > 100) {
            throw new InvalidInputException("staff", "请填写签到人员", "who signs in is required (at most 100 characters)");
        }
        return database.inTransaction(connection -> {
            Optional<CounterSessions.Session> open = CounterSessions.lockOpen(connection, counter);
            if (open.isPresent()) {
                throw conflict(counter + "号窗口已由" + open.get().staff() + "签到",
                        "counter " + counter + " is already signed in by " + open.get().staff());
            }
            CounterSessions.signIn(connection, counter, staff.strip(), clock.instant());
            record(connection, staff.strip(), "COUNTER_SIGNED_IN", "counter-" + counter, Map.of());
            return info(connection, definition);
        });
    }

    @Override
    public CounterInfo signOut(int counter, String staff) {
        CounterDefinition.Counter definition = counter(counter);
        return database.inTransaction(connection -> {
            CounterSessions.Session session = openSession(connection, counter);
            if (TicketRecords.atCounter(connection, calendar.today(), counter).isPresent()) {
                throw conflict(counter + "号窗口还有未办结的号，请先办结或过号",
                        "counter " + counter + " still has a ticket called or in service");
            }
            CounterSessions.signOut(connection, session.id(), clock.instant());
            record(connection, staff == null || staff.isBlank() ? session.staff() : staff, "COUNTER_SIGNED_OUT",
                    "counter-" + counter, Map.of("staff", session.staff()));
            return info(connection, definition);
        });
    }

    @Override
    public Optional<Ticket> callNext(int counter, String actor) {
        CounterDefinition.Counter definition = counter(counter);
        Optional<Ticket> called = database.inTransaction(connection -> {
            LocalDate today = calendar.today();
            CounterSessions.Session session = openSession(connection, counter);
            Optional<Ticket> current = TicketRecords.atCounter(connection, today, counter);
            if (current.isPresent()) {
                throw conflict(counter + "号窗口正在处理" + current.get().label() + "，请先办结或过号",
                        "counter " + counter + " still has ticket " + current.get().label());
            }
            List<Ticket> waiting = TicketRecords.waiting(connection, today, definition.queues());
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
                    return Optional.of(ticket);
                }
                // Another counter called it a moment ago: choose again among the rest.
                waiting.removeIf(ticket -> ticket.id() == id);
            }
            return Optional.empty();
        });
        called.ifPresent(ticket -> announce(CALLED, ticket));
        return called;
    }

    @Override
    public Ticket recall(int counter, String actor) {
        Ticket ticket = atCounterMoving(counter, actor, "TICKET_RECALLED", TicketState.CALLED, TicketState.CALLED,
                current -> {
                    int maxRecalls = settings.maxRecalls();
                    if (current.recalls() >= maxRecalls) {
                        throw conflict(current.label() + "已重呼" + maxRecalls + "次，请按过号处理",
                                current.label() + " was recalled " + maxRecalls + " times; mark it a no-show");
                    }
                    return new Change("recalls = recalls + 1, called_at = ?", clock.instant());
                });
        announce(RECALLED, ticket);
        return ticket;
    }

    @Override
    public Ticket noShow(int counter, String actor) {
        return atCounterMoving(counter, actor, "TICKET_NO_SHOW", TicketState.CALLED, TicketState.NO_SHOW,
                current -> new Change(""));
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
        return atCounterMoving(counter, actor, "SERVICE_STARTED", TicketState.CALLED, TicketState.SERVING,
                current -> new Change("service_started_at = ?", clock.instant()));
    }

    @Override
    public Ticket finishService(int counter, List<String> caseNumbers, String actor) {
        List<String> cases = caseNumbers == null ? List.of() : caseNumbers.stream().map(String::strip)
                .filter(number -> !number.isEmpty()).distinct().toList();
        for (String number : cases) {
            if (!CASE_NUMBER.matcher(number).matches()) {
                throw new InvalidInputException("caseNumbers", "办件编号格式不正确：" + number,
                        "not a case number: " + number);
            }
        }
        String joined = String.join(",", cases);
        if (joined.length() > 400) {
            throw new InvalidInputException("caseNumbers", "关联办件过多", "too many case numbers for one service");
        }
        return atCounterMoving(counter, actor, "SERVICE_FINISHED", TicketState.SERVING, TicketState.DONE,
                current -> new Change("service_ended_at = ?, case_numbers = ?", clock.instant(), joined));
    }

    @Override
    public Ticket transfer(int counter, String toQueue, String actor) {
        QueueDefinition.Queue target = queue(toQueue);
        // Back to waiting in the other queue; arrived_at is untouched, so the visitor keeps their place in time.
        return atCounterMoving(counter, actor, "TICKET_TRANSFERRED", TicketState.CALLED, TicketState.WAITING,
                current -> new Change("queue_letter = ?, counter_no = 0, called_at = NULL, recalls = 0",
                        target.letter()));
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

    /** Moves the ticket at {@code counter} from {@code from} to {@code to}, in one transaction with its record. */
    private Ticket atCounterMoving(int counter, String actor, String action, TicketState from, TicketState to,
            Function<Ticket, Change> change) {
        counter(counter);
        return database.inTransaction(connection -> {
            openSession(connection, counter);
            Ticket current = TicketRecords.atCounter(connection, calendar.today(), counter).orElseThrow(() ->
                    conflict(counter + "号窗口当前没有号", "counter " + counter + " has no ticket in hand"));
            Change step = change.apply(current);
            if (current.state() != from) {
                throw conflict(current.label() + "当前为“" + current.state().label().zh() + "”，不能执行此操作",
                        current.label() + " is " + current.state().label().en() + "; " + action + " is not possible");
            }
            TicketRecords.move(connection, current.id(), from, to, step.assignments(), step.values());
            record(connection, actor, action, current.label(), Map.of("counter", String.valueOf(counter)));
            return TicketRecords.byId(connection, current.id()).orElseThrow();
        });
    }

    private void move(Connection connection, Ticket ticket, TicketState from, TicketState to, String assignments)
            throws SQLException {
        if (!TicketRecords.move(connection, ticket.id(), from, to, assignments)) {
            throw conflict(ticket.label() + "当前为“" + ticket.state().label().zh() + "”，不能执行此操作",
                    ticket.label() + " is " + ticket.state().label().en());
        }
    }

    private CounterInfo info(Connection connection, CounterDefinition.Counter counter) throws SQLException {
        Optional<CounterSessions.Session> session = CounterSessions.open(connection, counter.number());
        return new CounterInfo(counter.number(), counter.name(), counter.queues(),
                session.map(CounterSessions.Session::staff).orElse(""),
                session.map(CounterSessions.Session::since).orElse(null),
                TicketRecords.atCounter(connection, calendar.today(), counter.number()).orElse(null));
    }

    /** The ticket with how many are ahead of it and the estimated wait, while it waits. */
    private Ticket withEstimate(Connection connection, Ticket ticket) throws SQLException {
        if (ticket.state() != TicketState.WAITING) {
            return ticket;
        }
        List<Ticket> waiting = TicketRecords.waiting(connection, ticket.day(), List.of(ticket.queue()));
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
        int openCounters = CounterSessions.openAmong(connection, layout.counters().stream()
                .filter(counter -> counter.queues().contains(queue.letter()))
                .map(CounterDefinition.Counter::number).toList());
        return WaitEstimate.minutes(peopleAhead, TicketRecords.recentServiceTimes(connection, calendar.today(),
                queue.letter(), 20), openCounters, Duration.ofMinutes(queue.defaultServiceMinutes()));
    }

    private void announce(String topic, Ticket ticket) {
        events.postEvent(new Event(topic, Map.of("ticket", ticket.label(), "counter", ticket.counter(),
                "queue", ticket.queue(), "at", ticket.calledAt().toString(),
                "text", "请 " + ticket.label() + " 号到 " + ticket.counter() + " 号窗口",
                "textEn", "Ticket " + ticket.label() + ", please go to counter " + ticket.counter())));
    }

    private void record(Connection connection, String actor, String action, String subject, Map<String, String> data)
            throws SQLException {
        LedgerRecords.append(connection, clock.instant(), actor, action, subject, Json.GSON.toJson(data));
    }

    private CounterSessions.Session openSession(Connection connection, int counter) throws SQLException {
        return CounterSessions.lockOpen(connection, counter).orElseThrow(() -> conflict(
                counter + "号窗口未签到，请先签到", "counter " + counter + " is closed; sign in first"));
    }

    private Ticket byLabel(Connection connection, String label) throws SQLException {
        return TicketRecords.byLabel(connection, calendar.today(), normalised(label)).orElseThrow(() ->
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

    private static String normalised(String label) {
        return label == null ? "" : label.strip().toUpperCase();
    }

    private static HallException conflict(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }
}
