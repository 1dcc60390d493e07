package org.parkhall.core.internal.checklist;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.Availability;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.ChecklistItem;
import org.parkhall.api.RecordAction;
import org.parkhall.api.RecordChannel;
import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordParty;
import org.parkhall.api.RecordRequest;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.ratings.RectificationService;
import org.parkhall.core.internal.records.RecordService;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

/** Each item of the 十有 judged from data fails when the hall falls short of it, and is met when it does not. */
public class ChecklistServiceTest {
    private Database database;
    private HallCalendar calendar;
    private final List<CatalogEntry> entries = new ArrayList<>();
    private final List<StaffAccount> accounts = new ArrayList<>();
    private RecordService records;
    private ChecklistService checklist;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        calendar = TestFloor.calendar();
        Catalog catalog = (Catalog) Proxy.newProxyInstance(Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class}, (proxy, method, args) -> List.copyOf(entries));
        StaffDirectory staff = (StaffDirectory) Proxy.newProxyInstance(StaffDirectory.class.getClassLoader(),
                new Class<?>[] {StaffDirectory.class}, (proxy, method, args) -> method.getName().equals("account")
                        ? Optional.of(new StaffAccount((String) args[0], Set.of("guide"))) : List.copyOf(accounts));
        records = new RecordService(database, calendar, staff, new ConfigurationChecks(), Map.of());
        checklist = new ChecklistService(database, catalog, TestFloor.open(database, calendar, 1, 2), calendar, staff,
                records, new RectificationService(database, calendar, new ConfigurationChecks(), Map.of()),
                new SettledConfiguration<>(new ConfigurationChecks(), ChecklistService.Recorded::read, Map.of()),
                Clock.systemUTC());
    }

    @Test
    public void dedicatedStaffFailsWhileOneCounterIsStaffedOnHalfTheWorkingDaysOrFewer() {
        List<LocalDate> working = workingDays();
        working.forEach(day -> signedIn(1, "zhou", day));
        working.subList(0, working.size() / 2).forEach(day -> signedIn(2, "wang", day));
        ChecklistItem half = item("staff");
        assertFalse(half.evidence().zh(), half.met());
        assertTrue(half.evidence().zh(), half.evidence().zh().contains("2号窗口 " + working.size() / 2 + " 天"));

        working.subList(working.size() / 2, working.size()).forEach(day -> signedIn(2, "wang", day));
        assertTrue(item("staff").evidence().zh(), item("staff").met());
    }

    @Test
    public void theComprehensiveWindowFailsWhenNobodyWorkedAtIt() {
        assertFalse("counters configured, nobody signed in", item("window").met());
        signedIn(1, "zhou", calendar.today());
        assertTrue(item("window").met());
    }

    @Test
    public void theResponsibilityListFailsForADepartmentWithoutAnAccountOrAnItemWithoutABasis() {
        entries.add(entry("AMR-REG-01", "amr", "《市场主体登记管理条例》"));
        entries.add(entry("TAX-INV-01", "tax", "《发票管理办法》"));
        accounts.add(new StaffAccount("li.amr", Set.of("approver:amr")));
        ChecklistItem taxLacking = item("responsibilities");
        assertFalse(taxLacking.met());
        assertTrue(taxLacking.evidence().zh(), taxLacking.evidence().zh().contains("1/2") && taxLacking.evidence()
                .zh().contains("tax 1"));

        accounts.add(new StaffAccount("zhao.tax", Set.of("approver:tax", "clerk")));
        assertTrue(item("responsibilities").met());
        entries.add(entry("AMR-REG-02", "amr", " "));
        assertFalse("an item whose legal basis says nothing", item("responsibilities").met());
    }

    @Test
    public void theWorkLedgerFailsUntilEachTopicHasRecordsInThePeriod() {
        Instant now = Instant.now();
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, now, "system", "HANDLER_ARRIVED", "AMR-REG-01", "{}");
            LedgerRecords.append(connection, now.minus(Duration.ofDays(40)), "clerk", "CASE_ACCEPT", "PH1", "{}");
            LedgerRecords.append(connection, now, "kiosk", "TICKET_ISSUED", "A001", "{}");
            return null;
        });
        ChecklistItem fresh = item("ledger");
        assertFalse("a handler's arrival and an old case are no ledger of the period: " + fresh.evidence().zh(),
                fresh.met());
        assertTrue(fresh.evidence().zh(), fresh.evidence().zh().contains("办件 无记录"));
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, now, "clerk", "CASE_ACCEPT", "PH2", "{}");
            LedgerRecords.append(connection, now, "public", "RATED", "case:PH2", "{}");
            return null;
        });
        ChecklistItem noRecords = item("ledger");
        assertFalse("the special windows kept no record: " + noRecords.evidence().zh(), noRecords.met());
        assertTrue(noRecords.evidence().zh(), noRecords.evidence().zh().contains("专项记录 无记录"));

        records.open(consultation(), "guide1");
        ChecklistItem kept = item("ledger");
        assertTrue(kept.evidence().zh(), kept.met() && kept.evidence().zh().contains("好差评 有记录"));
    }

    /** A topic ledger with a reply past its day, or a rectification past its deadline, is not kept up to date. */
    @Test
    public void theWorkLedgerFailsWhileAWorkRecordOrARectificationIsOverdue() {
        Instant now = Instant.now();
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, now, "kiosk", "TICKET_ISSUED", "A001", "{}");
            LedgerRecords.append(connection, now, "clerk", "CASE_ACCEPT", "PH2", "{}");
            LedgerRecords.append(connection, now, "public", "RATED", "case:PH2", "{}");
            return null;
        });
        String number = records.open(unresolved(), "guide1").record().number();
        assertTrue(item("ledger").evidence().zh(), item("ledger").met());

        LocalDate longAgo = calendar.today().minusDays(10);
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE work_record SET final_due = ? WHERE record_number = ?")) {
                update.setDate(1, java.sql.Date.valueOf(longAgo));
                update.setString(2, number);
                return update.executeUpdate();
            }
        });
        ChecklistItem late = item("ledger");
        assertFalse(late.evidence().zh(), late.met());
        assertTrue(late.evidence().zh(), late.evidence().zh().contains("专项记录 1 件"));
        records.step(number, RecordAction.REPLY, "已协调部门当场办理", "guide1");
        assertTrue(item("ledger").evidence().zh(), item("ledger").met());

        database.inTransaction(connection -> {
            try (PreparedStatement rating = connection.prepareStatement("INSERT INTO rating (subject, department,"
                    + " overall, efficiency, competence, attitude, comment_text, rated_at)"
                    + " VALUES ('case:PH2', 'amr', 'DISSATISFIED', 'DISSATISFIED', 'DISSATISFIED', 'DISSATISFIED',"
                    + " '等候时间长', ?)")) {
                rating.setTimestamp(1, Timestamp.from(now), Times.utc());
                rating.executeUpdate();
            }
            try (PreparedStatement rectification = connection.prepareStatement("INSERT INTO rectification"
                    + " (rating_id, department, deadline, opened_at, follow_up, followed_up_by)"
                    + " SELECT id, 'amr', ?, ?, '', '' FROM rating WHERE subject = 'case:PH2'")) {
                rectification.setDate(1, java.sql.Date.valueOf(longAgo));
                rectification.setTimestamp(2, Timestamp.from(now), Times.utc());
                return rectification.executeUpdate();
            }
        });
        ChecklistItem unrectified = item("ledger");
        assertFalse(unrectified.evidence().zh(), unrectified.met());
        assertTrue(unrectified.evidence().zh(), unrectified.evidence().zh().contains("整改 1 件"));
    }

    private static RecordRequest consultation() {
        return new RecordRequest(RecordKind.CONSULTATION, RecordChannel.WINDOW, null, null, List.of("AMR-001"),
                List.of(), null, "个体户注册需要哪些材料", "营业执照、身份证，可网上办", "", "", "", null);
    }

    private static RecordRequest unresolved() {
        return new RecordRequest(RecordKind.UNRESOLVED, RecordChannel.WINDOW, RecordClass.SIMPLE,
                new RecordParty(Applicant.Kind.PERSON, "", "张三", "13800138000"), List.of("AMR-001"), List.of(), null,
                "营业执照变更缺少股东会决议模板，窗口无法受理", "", "", "", "", null);
    }

    @Test
    public void anEmptyCatalogHasNoItemListNorGuides() {
        assertFalse(item("item-list").met());
        assertFalse(item("guides").met());
        assertFalse(item("responsibilities").met());
    }

    private ChecklistItem item(String code) {
        return checklist.items().stream().filter(item -> item.code().equals(code)).findFirst().orElseThrow();
    }

    private List<LocalDate> workingDays() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = calendar.today();
        for (LocalDate day = today.minusDays(ChecklistService.PERIOD_DAYS - 1); !day.isAfter(today);
                day = day.plusDays(1)) {
            if (calendar.workdays().isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** A sign-in at the counter from 9:00 to 9:30 on the day, in the hall's zone. */
    private void signedIn(int counter, String staff, LocalDate day) {
        Instant in = day.atTime(9, 0).atZone(calendar.zone()).toInstant();
        database.inTransaction(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO counter_session (counter_no, staff,"
                    + " signed_in_at, signed_out_at, priority_calls_in_row) VALUES (?, ?, ?, ?, 0)")) {
                insert.setInt(1, counter);
                insert.setString(2, staff);
                insert.setTimestamp(3, Timestamp.from(in), Times.utc());
                insert.setTimestamp(4, Timestamp.from(in.plus(Duration.ofMinutes(30))), Times.utc());
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static CatalogEntry entry(String code, String department, String basis) {
        ServiceItem item = new ServiceItem(code, Bilingual.of("测试事项", "test item"),
                new Department(department, Bilingual.of("测试局", "Test Bureau")), ItemKind.OTHER_POWER, 5, 3,
                new ServiceGuide(List.of("条件"), List.of(), List.of("申请"), List.of(), List.of(basis),
                        Set.of(DeliveryMode.WINDOW_PICKUP), "综合受理窗口", "周一至周五", "0477-7600000"));
        return new CatalogEntry(item, Availability.AVAILABLE, "test.bundle", "1.0.0", Instant.now(), List.of());
    }
}
