package org.parkhall.core.internal.checklist;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.Checklist;
import org.parkhall.api.ChecklistItem;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.Floor;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.LedgerEvent;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.ServiceGuide;

/**
 * The "十有" checklist. Window, staff, guides, item list, responsibility list and ledger are judged from the
 * hall's data; signage, place, equipment and rules cannot be seen from it and are what the hall admin recorded in
 * {@code etc/org.parkhall.checklist.cfg}.
 */
@Component(service = Checklist.class, configurationPid = "org.parkhall.checklist")
@Designate(ocd = ChecklistService.Config.class)
public final class ChecklistService implements Checklist {
    private static final Duration STAFF_PERIOD = Duration.ofDays(30);
    private static final DateTimeFormatter ENTRY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
    private record Recorded(String signage, String place, String equipment, String rules,
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
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ChecklistService(@Reference Database database, @Reference Catalog catalog, @Reference Floor floor,
            @Reference HallCalendar calendar, @Reference HallConfiguration configurations,
            Map<String, Object> properties) {
        this.database = database;
        this.calendar = calendar;
        this.catalog = catalog;
        this.floor = floor;
        this.recorded = new SettledConfiguration<>(configurations, Recorded::read, properties);
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
        items.add(comprehensiveWindow());
        items.add(staff());
        items.add(recorded("equipment", "有办公设备", "equipment", admin.equipment()));
        long guided = entries.stream().filter(entry -> complete(entry.item().guide())).count();
        items.add(counted("guides", "有办事指南", "service guides", guided, entries.size(),
                "个事项有完整办事指南（条件、材料、流程、地点、时间）", "items have a complete guide"));
        long available = entries.stream().filter(CatalogEntry::available).count();
        items.add(new ChecklistItem("item-list", Bilingual.of("有事项清单", "item list"), !entries.isEmpty(), true,
                Bilingual.of("目录共 " + entries.size() + " 个事项，" + available + " 个受理中",
                        entries.size() + " items in the catalog, " + available + " served")));
        long responsible = entries.stream().filter(entry -> !entry.item().guide().legalBasis().isEmpty()).count();
        items.add(counted("responsibilities", "有责任清单", "responsibility list", responsible, entries.size(),
                "个事项载明责任部门和设定依据", "items name their department and legal basis"));
        items.add(recorded("rules", "有制度机制", "rules", admin.rules()));
        items.add(ledger());
        return items;
    }

    private ChecklistItem comprehensiveWindow() {
        String queue = recorded.value().comprehensiveQueue();
        List<CounterInfo> serving = floor.counters().stream()
                .filter(counter -> counter.queues().contains(queue)).toList();
        return new ChecklistItem("window", Bilingual.of("有综合窗口", "comprehensive window"), !serving.isEmpty(), true,
                Bilingual.of(serving.size() + " 个窗口受理综合业务（" + queue + " 队列）",
                        serving.size() + " counters take comprehensive intake (queue " + queue + ")"));
    }

    private ChecklistItem staff() {
        int people = database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(DISTINCT staff) FROM counter_session WHERE signed_in_at >= ?")) {
                query.setTimestamp(1, Timestamp.from(clock.instant().minus(STAFF_PERIOD)), Times.utc());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
        return new ChecklistItem("staff", Bilingual.of("有专职人员", "dedicated staff"), people > 0, true,
                Bilingual.of("近30天 " + people + " 名工作人员在窗口签到", people + " staff signed in at counters in the"
                        + " last 30 days"));
    }

    /** The newest entry, read through the descending index: counting the entries scanned the whole ledger. */
    private ChecklistItem ledger() {
        Optional<LedgerEvent> newest = database.read(connection -> LedgerRecords.recent(connection, 1)).stream()
                .findFirst();
        Bilingual evidence = newest.map(event -> {
            String time = ENTRY_TIME.format(event.time().atZone(calendar.zone()));
            return Bilingual.of("台账持续记录，最新一条为第 " + event.sequence() + " 号（" + time + "），每项变更与其记录同一事务写入",
                    "kept: the newest entry is no. " + event.sequence() + " (" + time + "), each written in the"
                            + " transaction of its change");
        }).orElse(Bilingual.of("台账尚无记录", "the ledger has no entry yet"));
        return new ChecklistItem("ledger", Bilingual.of("有工作台账", "work ledger"), newest.isPresent(), true,
                evidence);
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
