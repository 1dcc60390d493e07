package org.parkhall.core.internal.checklist;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.BadRatings;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.Checklist;
import org.parkhall.api.ChecklistItem;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.WorkRecords;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.ServiceGuide;

/**
 * The "十有" checklist. Window, staff, guides, item list, responsibility list and ledger are judged from the
 * hall's data over the last {@value #PERIOD_DAYS} days, each so that it fails when the hall falls short; signage, place, equipment and rules cannot be seen from it and are what the hall admin recorded in
 * {@code etc/org.parkhall.checklist.cfg}.
 */
@Component(service = Checklist.class, configurationPid = "org.parkhall.checklist")
@Designate(ocd = ChecklistService.Config.class)
public final class ChecklistService implements Checklist {
    /** The days the data-judged items look back over, today included. */
    static final int PERIOD_DAYS = 30;
    /** The role that makes a staff member one of a department's (see the staff accounts). */
    private static final String DEPARTMENT_ROLE = "approver:";

    static final String COMPREHENSIVE_QUEUE = "A";

    @ObjectClassDefinition(name = "%checklist", description = "%checklist.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%checklist.signage", description = "%checklist.signage.description")
        String signage() default "";

        @AttributeDefinition(name = "%checklist.place", description = "%checklist.place.description")
        String place() default "";

        @AttributeDefinition(name = "%checklist.equipment", description = "%checklist.equipment.description")
        String equipment() default "";

        @AttributeDefinition(name = "%checklist.rules", description = "%checklist.rules.description")
        String rules() default "";

        @AttributeDefinition(name = "%checklist.comprehensiveQueue",
                description = "%checklist.comprehensiveQueue.description")
        String comprehensiveQueue() default COMPREHENSIVE_QUEUE;
    }

    /** What the admin recorded, as checked (Chinese saved as UTF-8 included). */
    record Recorded(String signage, String place, String equipment, String rules,
            String comprehensiveQueue) {
        static Recorded read(ConfigurationReader read) {
            String queue = read.text("comprehensiveQueue", COMPREHENSIVE_QUEUE);
            if (!queue.matches(FloorLayout.LETTER)) {
                read.refuse("comprehensiveQueue", queue, FloorLayout.LETTER_RULE);
                queue = COMPREHENSIVE_QUEUE;
            }
            return new Recorded(read.text("signage", ""), read.text("place", ""), read.text("equipment", ""),
                    read.text("rules", ""), queue);
        }
    }

    private final Database database;
    private final Catalog catalog;
    private final Floor floor;
    private final SettledConfiguration<Recorded> recorded;
    private final HallCalendar calendar;
    private final StaffDirectory staffAccounts;
    private final WorkRecords records;
    private final BadRatings badRatings;
    private final Clock clock;

    @Activate
    public ChecklistService(@Reference Database database, @Reference Catalog catalog, @Reference Floor floor,
            @Reference HallCalendar calendar, @Reference StaffDirectory staffAccounts, @Reference WorkRecords records,
            @Reference BadRatings badRatings, @Reference HallConfiguration configurations,
            Map<String, Object> properties) {
        this(database, catalog, floor, calendar, staffAccounts, records, badRatings,
                new SettledConfiguration<>(configurations, Recorded::read, properties), Clock.systemUTC());
    }

    ChecklistService(Database database, Catalog catalog, Floor floor, HallCalendar calendar,
            StaffDirectory staffAccounts, WorkRecords records, BadRatings badRatings,
            SettledConfiguration<Recorded> recorded, Clock clock) {
        this.records = records;
        this.badRatings = badRatings;
        this.database = database;
        this.catalog = catalog;
        this.floor = floor;
        this.calendar = calendar;
        this.staffAccounts = staffAccounts;
        this.recorded = recorded;
        this.clock = clock;
    }

    /** What the admin records next shows at once; a refused change leaves the last good record. */
    @Modified
    void configure(Map<String, Object> properties) {
        recorded.take(properties);
    }

    @Override
    public List<ChecklistItem> items() {
        List<CatalogEntry> entries = catalog.entries();
        List<ChecklistItem> items = new ArrayList<>();
        Recorded admin = recorded.value();
        items.add(recorded("signage", "有标识标牌", "signage", admin.signage()));
        items.add(recorded("place", "有专门场所", "dedicated place", admin.place()));
        List<LocalDate> workingDays = workingDays();
        Map<Integer, Set<LocalDate>> staffedDays = staffedDays(workingDays);
        items.add(comprehensiveWindow(staffedDays));
        items.add(staff(staffedDays, workingDays));
        items.add(recorded("equipment", "有办公设备", "equipment", admin.equipment()));
        long guided = entries.stream().filter(entry -> complete(entry.item().guide())).count();
        items.add(counted("guides", "有办事指南", "service guides", guided, entries.size(),
                "个事项有完整办事指南（条件、材料、流程、地点、时间）", "items have a complete guide"));
        long available = entries.stream().filter(CatalogEntry::available).count();
        items.add(new ChecklistItem("item-list", Bilingual.of("有事项清单", "item list"), !entries.isEmpty(), true,
                Bilingual.of("目录共 " + entries.size() + " 个事项，" + available + " 个受理中",
                        entries.size() + " items in the catalog, " + available + " served")));
        items.add(responsibilities(entries));
        items.add(recorded("rules", "有制度机制", "rules", admin.rules()));
        items.add(ledger());
        return items;
    }

    /** Counters that take the comprehensive queue, at least one of them staffed in the period. */
    private ChecklistItem comprehensiveWindow(Map<Integer, Set<LocalDate>> staffedDays) {
        String queue = recorded.value().comprehensiveQueue();
        List<CounterInfo> serving = floor.counters().stream()
                .filter(counter -> counter.queues().contains(queue)).toList();
        long staffed = serving.stream().filter(counter -> staffedDays.containsKey(counter.number())).count();
        return new ChecklistItem("window", Bilingual.of("有综合窗口", "comprehensive window"), staffed > 0, true,
                Bilingual.of(serving.size() + " 个窗口受理综合业务（" + queue + " 队列），其中 " + staffed + " 个近" + PERIOD_DAYS
                        + "天有人签到", serving.size() + " counters take comprehensive intake (queue " + queue + "), "
                        + staffed + " of them staffed in the last " + PERIOD_DAYS + " days"));
    }

    /**
     * 有专职人员: every counter of the floor had a named staff member signed in on most (more than half) of the
     * period's working days. A counter nobody works at is a window without its staff.
     */
    private ChecklistItem staff(Map<Integer, Set<LocalDate>> staffedDays, List<LocalDate> workingDays) {
        List<CounterInfo> counters = floor.counters();
        Map<Integer, Integer> understaffed = new TreeMap<>();
        for (CounterInfo counter : counters) {
            int days = staffedDays.getOrDefault(counter.number(), Set.of()).size();
            if (days * 2 <= workingDays.size()) {
                understaffed.put(counter.number(), days);
            }
        }
        boolean met = !counters.isEmpty() && understaffed.isEmpty();
        int staffed = counters.size() - understaffed.size();
        String zhShort = understaffed.entrySet().stream()
                .map(entry -> entry.getKey() + "号窗口 " + entry.getValue() + " 天").collect(Collectors.joining("、"));
        String enShort = understaffed.entrySet().stream().map(entry -> "counter " + entry.getKey() + " "
                + entry.getValue() + " days").collect(Collectors.joining(", "));
        return new ChecklistItem("staff", Bilingual.of("有专职人员", "dedicated staff"), met, true, Bilingual.of(
                staffed + "/" + counters.size() + " 个窗口在近" + PERIOD_DAYS + "天的 " + workingDays.size()
                        + " 个工作日中过半有专人签到" + (zhShort.isEmpty() ? "" : "；未达：" + zhShort),
                staffed + "/" + counters.size() + " counters had a named staff member signed in on most of the "
                        + workingDays.size() + " working days of the last " + PERIOD_DAYS + " days"
                        + (enShort.isEmpty() ? "" : "; short: " + enShort)));
    }

    /** The working days of the period, ending today. */
    private List<LocalDate> workingDays() {
        LocalDate today = calendar.today();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.minusDays(PERIOD_DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.workdays().isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** Per counter, the working days of the period someone was signed in there. */
    private Map<Integer, Set<LocalDate>> staffedDays(List<LocalDate> workingDays) {
        Set<LocalDate> working = Set.copyOf(workingDays);
        Instant now = clock.instant();
        Instant from = calendar.today().minusDays(PERIOD_DAYS - 1).atStartOfDay(calendar.zone()).toInstant();
        return database.read(connection -> {
            Map<Integer, Set<LocalDate>> staffed = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT counter_no, signed_in_at,"
                    + " signed_out_at FROM counter_session WHERE signed_out_at IS NULL OR signed_out_at >= ?")) {
                query.setTimestamp(1, Timestamp.from(from), Times.utc());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Instant in = Times.instant(rows, "signed_in_at");
                        Instant out = Times.instantOrNull(rows, "signed_out_at");
                        LocalDate last = (out == null ? now : out).atZone(calendar.zone()).toLocalDate();
                        for (LocalDate day = in.atZone(calendar.zone()).toLocalDate(); !day.isAfter(last);
                                day = day.plusDays(1)) {
                            if (working.contains(day)) {
                                staffed.computeIfAbsent(rows.getInt("counter_no"), key -> new TreeSet<>()).add(day);
                            }
                        }
                    }
                }
            }
            return staffed;
        });
    }

    /**
     * 有责任清单: each item names what it is answered for — its department, its legal basis (设定依据) and its time
     * limits, which the SPI's constructors require — and someone in the hall answers for it: its department holds an
     * account in the hall (a staff member with its department role). Items failing are named by department.
     */
    private ChecklistItem responsibilities(List<CatalogEntry> entries) {
        Set<String> answered = staffAccounts.accounts().stream().flatMap(account -> account.roles().stream())
                .filter(role -> role.startsWith(DEPARTMENT_ROLE)).map(role -> role.substring(DEPARTMENT_ROLE.length()))
                .collect(Collectors.toSet());
        Map<String, Long> lacking = entries.stream().map(CatalogEntry::item)
                .filter(item -> !answered.contains(item.department().code())
                        || item.guide().legalBasis().stream().allMatch(String::isBlank))
                .collect(Collectors.groupingBy(item -> item.department().code(), TreeMap::new, Collectors.counting()));
        long met = entries.size() - lacking.values().stream().mapToLong(Long::longValue).sum();
        String missing = lacking.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return new ChecklistItem("responsibilities", Bilingual.of("有责任清单", "responsibility list"),
                !entries.isEmpty() && lacking.isEmpty(), true, Bilingual.of(met + "/" + entries.size()
                        + " 个事项载明责任部门、设定依据和办理时限，且部门在厅内有责任人账号" + (missing.isEmpty() ? ""
                                : "；缺：" + missing), met + "/" + entries.size() + " items name their department, legal"
                        + " basis and time limits, and the department has an accountable account in the hall"
                        + (missing.isEmpty() ? "" : "; lacking: " + missing)));
    }

    /**
     * 有工作台账: the period's ledger holds records in each topic the hall's work keeps — the floor's service, the
     * cases, the ratings with their rectifications and the special windows' work records — and the topic ledgers are
     * kept up to date: no work record's reply and no rectification is past its day (each by its own service's rule).
     * The hall's own bookkeeping (handlers arriving, accounts, pads) keeps no topic.
     */
    private ChecklistItem ledger() {
        Instant from = clock.instant().minus(Duration.ofDays(PERIOD_DAYS));
        Map<LedgerTopic, Boolean> kept = database.read(connection -> {
            Map<LedgerTopic, Boolean> found = new LinkedHashMap<>();
            for (LedgerTopic topic : LedgerTopic.values()) {
                found.put(topic, topic.kept(connection, from));
            }
            return found;
        });
        int overdueRecords = records.overdue().size();
        int overdueRectifications = badRatings.rectifications(Set.of(), true, true).size();
        String zh = kept.entrySet().stream().map(entry -> entry.getKey().name.zh() + (entry.getValue() ? " 有记录"
                : " 无记录")).collect(Collectors.joining("，"));
        String en = kept.entrySet().stream().map(entry -> entry.getKey().name.en() + (entry.getValue() ? " kept"
                : " empty")).collect(Collectors.joining(", "));
        boolean upToDate = overdueRecords == 0 && overdueRectifications == 0;
        return new ChecklistItem("ledger", Bilingual.of("有工作台账", "work ledger"),
                !kept.containsValue(false) && upToDate, true, Bilingual.of("近" + PERIOD_DAYS + "天台账：" + zh
                        + "；超期未办：专项记录 " + overdueRecords + " 件，整改 " + overdueRectifications + " 件",
                        "the last " + PERIOD_DAYS + " days' ledger: " + en + "; overdue: " + overdueRecords
                        + " work records, " + overdueRectifications + " rectifications"));
    }

    private static boolean complete(ServiceGuide guide) {
        return !guide.conditions().isEmpty() && !guide.materials().isEmpty() && !guide.steps().isEmpty()
                && !guide.location().isBlank() && !guide.hours().isBlank();
    }

    private static ChecklistItem counted(String code, String zh, String en, long met, int total, String zhText,
            String enText) {
        return new ChecklistItem(code, Bilingual.of(zh, en), total > 0 && met == total, true,
                Bilingual.of(met + "/" + total + " " + zhText, met + "/" + total + " " + enText));
    }

    private static ChecklistItem recorded(String code, String zh, String en, String record) {
        return new ChecklistItem(code, Bilingual.of(zh, en), !record.isBlank(), false,
                record.isBlank() ? notRecorded(code) : Bilingual.of(record, record));
    }

    private static Bilingual notRecorded(String key) {
        return Bilingual.of("尚未登记：请在 etc/org.parkhall.checklist.cfg 中填写 " + key,
                "not recorded: fill in " + key + " in etc/org.parkhall.checklist.cfg");
    }
}
