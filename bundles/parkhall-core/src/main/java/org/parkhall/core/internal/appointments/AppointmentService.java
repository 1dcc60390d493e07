package org.parkhall.core.internal.appointments;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.Appointment;
import org.parkhall.api.AppointmentRequest;
import org.parkhall.api.AppointmentSlot;
import org.parkhall.api.AppointmentState;
import org.parkhall.api.Appointments;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Booked;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.HallHours;
import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.QueryCodes;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.QueueDefinition;
import org.parkhall.core.internal.floor.TicketRecords;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appointments (预约) by time slot, checked in at the kiosk as priority tickets. */
@Component(service = Appointments.class, configurationPid = "org.parkhall.appointments")
@Designate(ocd = AppointmentService.Config.class)
public final class AppointmentService implements Appointments {
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentService.class);
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Who comes, as long as {@code appointment.person_name} holds. */
    static final TextField NAME = TextField.line("name", "预约人姓名", "name of who comes", 50);
    /** The releaser's job, done by one node at a time. */
    static final String RELEASE_JOB = "appointments-release-missed";

    static final String HOURS = "09:00-12:00, 13:30-17:00";
    static final String EXTENDED_HOURS = "12:00-13:30, 17:00-18:30, SAT 09:00-12:00";
    static final int SLOT_MINUTES = 30;
    static final int BOOK_AHEAD_DAYS = 14;
    static final int CHECK_IN_EARLY_MINUTES = 30;
    static final int LATE_GRACE_MINUTES = 15;
    private static final Bilingual PERIODS = Bilingual.of("时段如 09:00-12:00, 13:30-17:00（延时可加 SAT 09:00-12:00）",
            "periods like 09:00-12:00, 13:30-17:00 (extended hours also SAT 09:00-12:00)");

    @ObjectClassDefinition(name = "%appointments", description = "%appointments.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%appointments.hours", description = "%appointments.hours.description")
        String hours() default HOURS;

        @AttributeDefinition(name = "%appointments.extendedHours",
                description = "%appointments.extendedHours.description")
        String extendedHours() default EXTENDED_HOURS;

        @AttributeDefinition(name = "%appointments.slotMinutes", description = "%appointments.slotMinutes.description")
        int slotMinutes() default SLOT_MINUTES;

        @AttributeDefinition(name = "%appointments.bookAheadDays",
                description = "%appointments.bookAheadDays.description")
        int bookAheadDays() default BOOK_AHEAD_DAYS;

        @AttributeDefinition(name = "%appointments.checkInEarlyMinutes",
                description = "%appointments.checkInEarlyMinutes.description")
        int checkInEarlyMinutes() default CHECK_IN_EARLY_MINUTES;

        @AttributeDefinition(name = "%appointments.lateGraceMinutes",
                description = "%appointments.lateGraceMinutes.description")
        int lateGraceMinutes() default LATE_GRACE_MINUTES;
    }

    /** What the appointments' configuration sets, as checked. */
    record Settings(OpeningHours hours, int bookAheadDays, int checkInEarlyMinutes, int lateGraceMinutes) {
        static Settings read(ConfigurationReader read) {
            int slot = read.integer("slotMinutes", SLOT_MINUTES, 5, 240);
            String normal = read.parsed("hours", HOURS, PERIODS, text -> checked(text, "", slot));
            String extended = read.parsed("extendedHours", EXTENDED_HOURS, PERIODS, text -> checked("", text, slot));
            OpeningHours hours;
            try {
                hours = OpeningHours.parse(normal, extended, slot);
            } catch (InvalidInputException overlap) {
                read.refuse("extendedHours", extended, overlap.text());
                hours = OpeningHours.parse(HOURS, EXTENDED_HOURS, slot);
            }
            return new Settings(hours, read.integer("bookAheadDays", BOOK_AHEAD_DAYS, 0, 366),
                    read.integer("checkInEarlyMinutes", CHECK_IN_EARLY_MINUTES, 0, 240),
                    read.integer("lateGraceMinutes", LATE_GRACE_MINUTES, 0, 240));
        }

        private static String checked(String hours, String extendedHours, int slotMinutes) {
            OpeningHours.parse(hours, extendedHours, slotMinutes);
            return hours.isEmpty() ? extendedHours : hours;
        }
    }

    private final Database database;
    private final HallCalendar calendar;
    private final FloorLayout layout;
    private final Floor floor;
    private final SiteDirectory sites;
    private final SettledConfiguration<Settings> configuration;
    private final Clock clock;
    private final ScheduledExecutorService releaser;

    @Activate
    public AppointmentService(@Reference Database database, @Reference HallCalendar calendar,
            @Reference FloorLayout layout, @Reference Floor floor, @Reference SiteDirectory sites,
            @Reference HallConfiguration configurations, Map<String, Object> properties) {
        this(database, calendar, layout, floor, sites, new SettledConfiguration<>(configurations, Settings::read,
                properties), Clock.systemUTC());
        releaser.scheduleWithFixedDelay(this::releaseMissedLogged, 1, 1, TimeUnit.MINUTES);
    }

    AppointmentService(Database database, HallCalendar calendar, FloorLayout layout, Floor floor,
            SiteDirectory sites, SettledConfiguration<Settings> configuration, Clock clock) {
        this.database = database;
        this.calendar = calendar;
        this.layout = layout;
        this.floor = floor;
        this.sites = sites;
        this.configuration = configuration;
        this.clock = clock;
        this.releaser = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "parkhall-appointments"));
    }

    /** A changed configuration is taken in place: a refused one leaves the hours as they were. */
    @Modified
    void configure(Map<String, Object> properties) {
        configuration.take(properties);
    }

    private Settings settings() {
        return configuration.value();
    }

    @Deactivate
    void stop() {
        releaser.shutdownNow();
    }

    @Override
    public List<AppointmentSlot> slots(String queueLetter, LocalDate day) {
        QueueDefinition.Queue queue = queue(queueLetter);
        calendar.hallDay("day", day);
        return database.read(connection -> slots(connection, queue, day == null ? calendar.today() : day));
    }

    @Override
    public Booked book(AppointmentRequest request, String actor) {
        QueueDefinition.Queue queue = queue(request.queue());
        if (queue.appointmentsPerSlot() == 0) {
            throw new InvalidInputException("queue", queue.name().zh() + "不接受预约，请现场取号",
                    queue.name().en() + " takes no appointments; take a ticket in the hall");
        }
        String name = NAME.required(request.name());
        String phone = request.phone() == null ? "" : request.phone().replaceAll("[\\s-]", "");
        if (!MOBILE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "请填写11位手机号码，用于签到和通知",
                    "an 11-digit mobile number is required, for check-in and notices");
        }
        if (calendar.hallDay("day", request.day()) == null || request.start() == null) {
            throw new InvalidInputException("start", "请选择预约时段", "choose a slot");
        }
        AppointmentRequest booking = new AppointmentRequest(queue.letter(), request.day(), request.start(), name,
                phone);
        return database.inTransaction(connection -> {
            AppointmentSlot slot = slots(connection, queue, booking.day()).stream()
                    .filter(candidate -> candidate.start().equals(booking.start())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("start", "该日没有此预约时段",
                            "there is no such slot that day"));
            if (!slot.open()) {
                throw new InvalidInputException("start", "该时段已结束或超出可预约范围（" + settings().bookAheadDays()
                        + "天内）", "the slot has ended or is more than " + settings().bookAheadDays() + " days ahead");
            }
            if (AppointmentRecords.holdsBooking(connection, booking.day(), queue.letter(), phone)) {
                throw conflict("该手机号当天已预约" + queue.name().zh() + "，如需改期请先取消",
                        "this phone already holds a booking in " + queue.name().en() + " that day; cancel it first");
            }
            if (!AppointmentRecords.takePlace(connection, booking.day(), queue.letter(), booking.start(),
                    queue.appointmentsPerSlot())) {
                throw conflict("该时段已约满，请选择其他时段", "the slot is fully booked; choose another");
            }
            String reference = newReference(connection);
            String code = QueryCodes.newCode();
            AppointmentRecords.insert(connection, reference, booking, slot.end(), slot.extended(), clock.instant(),
                    QueryCodes.digest(code));
            record(connection, actor, "APPOINTMENT_BOOKED", reference, Map.of("queue", queue.letter(),
                    "slot", booking.day() + " " + booking.start(), "phone", IdentityNumbers.maskPhone(phone)));
            return new Booked(AppointmentRecords.byReference(connection, reference).orElseThrow(), code);
        });
    }

    @Override
    public Optional<Appointment> find(String reference, String queryCode) {
        return database.read(connection -> owned(connection, reference, queryCode));
    }

    @Override
    public List<Appointment> bookings(LocalDate day, String queueLetter) {
        String queue = queueLetter == null || queueLetter.isBlank() ? "" : queue(queueLetter).letter();
        calendar.hallDay("day", day);
        return database.read(connection -> AppointmentRecords.onDay(connection, day == null ? calendar.today() : day,
                queue)).stream()
                .map(AppointmentService::masked).toList();
    }

    @Override
    public Appointment cancel(String reference, String queryCode, String actor) {
        return database.inTransaction(connection -> {
            Appointment booking = owned(connection, reference, queryCode).orElseThrow(AppointmentService::unknown);
            move(connection, booking, AppointmentState.CANCELLED, "");
            record(connection, actor, "APPOINTMENT_CANCELLED", booking.reference(), Map.of());
            return AppointmentRecords.byReference(connection, booking.reference()).orElseThrow();
        });
    }

    @Override
    public Ticket checkIn(String reference, String queryCode, String actor) {
        String label = database.inTransaction(connection -> {
            Appointment booking = owned(connection, reference, queryCode).orElseThrow(AppointmentService::unknown);
            switch (booking.state()) {
                case CHECKED_IN -> throw conflict("已签到，您的号码是 " + booking.ticketLabel(),
                        "already checked in; your ticket is " + booking.ticketLabel());
                case CANCELLED -> throw conflict("该预约已取消，请现场取号", "the booking was cancelled; please take a"
                        + " ticket");
                case MISSED -> throw missed();
                case BOOKED -> { }
            }
            LocalDateTime now = calendar.now();
            LocalDateTime slotStart = booking.day().atTime(booking.start());
            if (!booking.day().equals(now.toLocalDate())) {
                throw conflict("预约日期为 " + booking.day() + "，请当天签到",
                        "the booking is for " + booking.day() + "; check in on that day");
            }
            if (now.isBefore(slotStart.minusMinutes(settings().checkInEarlyMinutes()))) {
                throw conflict("预约时段 " + booking.start() + "–" + booking.end() + "，请于 "
                        + booking.start().minusMinutes(settings().checkInEarlyMinutes()) + " 后签到",
                        "the slot is " + booking.start() + "–" + booking.end() + "; check in from "
                                + booking.start().minusMinutes(settings().checkInEarlyMinutes()));
            }
            if (now.isAfter(slotStart.plusMinutes(settings().lateGraceMinutes()))) {
                throw missed();
            }
            // The visitor checks in at the kiosk of the site this node serves, and queues on its floor.
            long ticketId = FloorService.issueIn(connection, sites.here().code(), now.toLocalDate(), booking.queue(),
                    Priority.APPOINTMENT, clock.instant(), actor);
            String ticketLabel = TicketRecords.byId(connection, ticketId).orElseThrow().label();
            move(connection, booking, AppointmentState.CHECKED_IN, ticketLabel);
            record(connection, actor, "APPOINTMENT_CHECKED_IN", booking.reference(), Map.of("ticket", ticketLabel));
            return ticketLabel;
        });
        return floor.ticket(label).orElseThrow();
    }

    @Override
    public int releaseMissed() {
        // One node at a time; each booking's move is conditional too, so a second pass finds nothing left to do.
        return database.inTransactionAlone(RELEASE_JOB, connection -> {
            LocalDateTime now = calendar.now();
            int released = 0;
            for (Appointment booking : AppointmentRecords.bookedUntil(connection, now.toLocalDate())) {
                LocalDateTime checkInCloses = booking.day().atTime(booking.start())
                        .plusMinutes(settings().lateGraceMinutes());
                if (now.isAfter(checkInCloses) && AppointmentRecords.move(connection, booking.reference(),
                        AppointmentState.BOOKED, AppointmentState.MISSED, "")) {
                    AppointmentRecords.freePlace(connection, booking.day(), booking.queue(), booking.start());
                    record(connection, "hall", "APPOINTMENT_MISSED", booking.reference(), Map.of());
                    released++;
                }
            }
            return released;
        }).orElse(0);
    }

    private void releaseMissedLogged() {
        try {
            int released = releaseMissed();
            if (released > 0) {
                LOG.info("Released {} missed appointment(s)", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not release missed appointments; will try again in a minute", e);
        }
    }

    private List<AppointmentSlot> slots(Connection connection, QueueDefinition.Queue queue, LocalDate day)
            throws SQLException {
        LocalDateTime now = calendar.now();
        boolean withinHorizon = !day.isBefore(now.toLocalDate())
                && !day.isAfter(now.toLocalDate().plusDays(settings().bookAheadDays()));
        Map<LocalTime, Integer> taken = AppointmentRecords.placesTaken(connection, day, queue.letter());
        List<AppointmentSlot> slots = new ArrayList<>();
        for (OpeningHours.Slot slot : settings().hours().slotsOn(day, kindOf(day))) {
            boolean open = withinHorizon && queue.appointmentsPerSlot() > 0 && now.isBefore(day.atTime(slot.end()));
            slots.add(new AppointmentSlot(queue.letter(), day, slot.start(), slot.end(), slot.extended(),
                    queue.appointmentsPerSlot(), taken.getOrDefault(slot.start(), 0), open));
        }
        return slots;
    }

    private OpeningHours.Day kindOf(LocalDate day) {
        WorkdayRules rules = calendar.workdays();
        return rules.isWorkingDay(day) ? OpeningHours.Day.WORKING
                : rules.isHoliday(day) ? OpeningHours.Day.HOLIDAY : OpeningHours.Day.WEEKEND;
    }

    @Override
    public HallHours hours() {
        Settings now = settings();
        return new HallHours(calendar.zone().getId(), now.hours().describe(), now.bookAheadDays(), layout.queues()
                .stream().filter(queue -> queue.appointmentsPerSlot() > 0).map(QueueDefinition.Queue::letter).toList(),
                now.checkInEarlyMinutes(), now.lateGraceMinutes());
    }

    /** The booking, if the query code is its own; the same answer for a wrong reference as for a wrong code. */
    private static Optional<Appointment> owned(Connection connection, String reference, String queryCode)
            throws SQLException {
        String code = QueryCodes.checked(queryCode);
        String known = reference == null ? "" : reference.strip().toUpperCase();
        return AppointmentRecords.queryCodeDigest(connection, known).filter(digest -> QueryCodes.matches(digest, code))
                .isPresent() ? AppointmentRecords.byReference(connection, known) : Optional.empty();
    }

    /**
     * A reference no booking has: random, so that one booking's reference says nothing of another's. Nine digits
     * after the "Y"; a repeat is drawn again.
     */
    private static String newReference(Connection connection) throws SQLException {
        while (true) {
            String reference = "Y" + QueryCodes.randomDigits(9);
            if (AppointmentRecords.byReference(connection, reference).isEmpty()) {
                return reference;
            }
        }
    }

    private static void move(Connection connection, Appointment booking, AppointmentState to, String ticketLabel)
            throws SQLException {
        if (!AppointmentRecords.move(connection, booking.reference(), AppointmentState.BOOKED, to, ticketLabel)) {
            throw conflict("预约当前为“" + booking.state().label().zh() + "”，不能执行此操作",
                    "the booking is " + booking.state().label().en());
        }
        if (to == AppointmentState.CANCELLED) {
            AppointmentRecords.freePlace(connection, booking.day(), booking.queue(), booking.start());
        }
    }

    private static Appointment masked(Appointment booking) {
        return new Appointment(booking.reference(), booking.queue(), booking.day(), booking.start(), booking.end(),
                booking.extended(), booking.name(), IdentityNumbers.maskPhone(booking.phone()), booking.state(),
                booking.ticketLabel(), booking.bookedAt());
    }

    private void record(Connection connection, String actor, String action, String subject, Map<String, String> data)
            throws SQLException {
        LedgerRecords.append(connection, clock.instant(), actor, action, subject, Json.GSON.toJson(data));
    }

    private QueueDefinition.Queue queue(String letter) {
        return layout.queue(letter).orElseThrow(() -> new InvalidInputException("queue", "没有该队列：" + letter,
                "no such queue: " + letter));
    }

    private HallException missed() {
        return conflict("已超过签到时间（时段开始后" + settings().lateGraceMinutes() + "分钟），请现场取号",
                "check-in closed " + settings().lateGraceMinutes() + " minutes after the slot began; please take a"
                        + " ticket");
    }

    private static HallException unknown() {
        return HallException.notFound("预约号或手机号后四位不正确", "no booking with that reference and phone");
    }

    private static HallException conflict(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }
}
