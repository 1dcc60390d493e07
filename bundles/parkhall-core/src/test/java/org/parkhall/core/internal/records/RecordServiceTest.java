package org.parkhall.core.internal.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.OpenedRecord;
import org.parkhall.api.RecordAction;
import org.parkhall.api.RecordChannel;
import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordConcern;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordParty;
import org.parkhall.api.RecordQuery;
import org.parkhall.api.RecordRequest;
import org.parkhall.api.RecordState;
import org.parkhall.api.RecordStep;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffCount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.WorkRecord;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.store.SteppedClock;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.InvalidInputException;

public class RecordServiceTest {
    /** Wednesday 2026-09-30, 10:00 in the hall: the National Day holiday starts tomorrow. */
    private static final Instant START = Instant.parse("2026-09-30T02:00:00Z");
    private static final RecordParty PERSON = new RecordParty(Applicant.Kind.PERSON, "", "张三", "13800138000");
    private static final RecordParty ENTERPRISE = new RecordParty(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "园区某科技有限公司", "04717654321");

    private final SteppedClock clock = new SteppedClock(START, ZoneId.of("Asia/Shanghai"));
    private Database database;
    private RecordService records;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null),
                clock, 1);
        Set<String> accounts = Set.of("guide1", "clerk1", "visitor-staff");
        StaffDirectory staff = (StaffDirectory) Proxy.newProxyInstance(StaffDirectory.class.getClassLoader(),
                new Class<?>[] {StaffDirectory.class}, (proxy, method, args) -> method.getName().equals("account")
                        && accounts.contains((String) args[0])
                        ? Optional.of(new StaffAccount((String) args[0], Set.of("guide"))) : Optional.empty());
        records = new RecordService(database, calendar, staff, new SettledConfiguration<>(new ConfigurationChecks(),
                DeadlineRules::read, Map.of()), clock);
    }

    private static RecordRequest unresolved(RecordClass recordClass) {
        return new RecordRequest(RecordKind.UNRESOLVED, RecordChannel.WINDOW, recordClass, PERSON, List.of("AMR-001"),
                List.of(), null, "营业执照变更缺少股东会决议模板，窗口无法受理", "", "", "", "", null);
    }

    @Test
    public void aComplexReportTakesItsProgressReplyItsOutcomeAndItsCallBackInThatOrder() {
        WorkRecord opened = records.open(unresolved(RecordClass.COMPLEX), "guide1").record();
        assertTrue(opened.number(), opened.number().matches("BC202609300001"));
        assertEquals(RecordState.OPEN, opened.state());
        assertEquals("guide1", opened.firstOwner());
        // from 09-30: 10-08, 10-09, Saturday 10-10 (worked), 10-12, 10-13; the final reply ten working days on
        assertEquals(LocalDate.parse("2026-10-13"), opened.progressDue());
        assertEquals(LocalDate.parse("2026-10-27"), opened.finalDue());

        assertIllegal(() -> records.step(opened.number(), RecordAction.CALL_BACK, "满意", "guide1"));
        records.step(opened.number(), RecordAction.NOTE, "已联系市场监管局窗口", "guide1");
        records.step(opened.number(), RecordAction.PROGRESS_REPLY, "已提供模板，正在核实", "guide1");
        assertIllegal(() -> records.step(opened.number(), RecordAction.PROGRESS_REPLY, "again", "guide1"));
        WorkRecord replied = records.step(opened.number(), RecordAction.REPLY, "已当场办理变更", "guide1");
        assertEquals(RecordState.REPLIED, replied.state());
        assertIllegal(() -> records.step(opened.number(), RecordAction.REPLY, "again", "guide1"));
        WorkRecord closed = records.step(opened.number(), RecordAction.CALL_BACK, "当事人表示满意", "guide1");
        assertEquals(RecordState.CLOSED, closed.state());
        assertNotNull(closed.closedAt());
        assertIllegal(() -> records.step(opened.number(), RecordAction.NOTE, "late", "guide1"));

        assertEquals(List.of(RecordAction.OPEN, RecordAction.NOTE, RecordAction.PROGRESS_REPLY, RecordAction.REPLY,
                RecordAction.CALL_BACK), closed.steps().stream().map(RecordStep::action).toList());
        assertEquals(List.of("RECORD_OPEN", "RECORD_NOTE", "RECORD_PROGRESS_REPLY", "RECORD_REPLY", "RECORD_CALL_BACK"),
                ledger(opened.number()).stream().map(LedgerEvent::action).toList());
        assertTrue("no personal data in the ledger", ledger(opened.number()).stream()
                .noneMatch(event -> event.data().contains("13800138000") || event.data().contains("张三")));
    }

    @Test
    public void anOrdinaryReportOwesNoProgressReplyAndIsFlaggedOnceItsDayHasPassed() {
        WorkRecord ordinary = records.open(unresolved(RecordClass.ORDINARY), "guide1").record();
        WorkRecord complex = records.open(unresolved(RecordClass.COMPLEX), "guide1").record();
        assertIllegal(() -> records.step(ordinary.number(), RecordAction.PROGRESS_REPLY, "x", "guide1"));
        assertEquals(LocalDate.parse("2026-10-09"), ordinary.finalDue());
        assertTrue(records.overdue().isEmpty());

        clock.moveOn(Duration.ofDays(10)); // Saturday 10-10, a working day
        assertEquals(List.of(ordinary.number()), numbers(records.overdue()));
        clock.moveOn(Duration.ofDays(3));
        assertEquals("10-13: the progress reply is due today", List.of(ordinary.number()), numbers(records.overdue()));
        clock.moveOn(Duration.ofDays(1)); // 10-14: the complex report's progress reply is late too
        assertEquals(List.of(ordinary.number(), complex.number()), numbers(records.overdue()));
        records.step(complex.number(), RecordAction.PROGRESS_REPLY, "正在协调", "guide1");
        records.step(ordinary.number(), RecordAction.REPLY, "已解决", "guide1");
        assertTrue("replied, the report waits for its call back untimed", records.overdue().isEmpty());
        assertTrue(records.find(ordinary.number()).orElseThrow().state() == RecordState.REPLIED);
    }

    @Test
    public void aComplaintIsFollowedWithItsQueryCodeAndNothingElse() {
        OpenedRecord complaint = records.open(new RecordRequest(RecordKind.COMPLAINT, RecordChannel.HOTLINE, null,
                PERSON, List.of(), List.of(), new RecordConcern(RecordConcern.Target.COUNTER, "3"), "窗口人员态度生硬",
                "", "", "", "", null), "guide1");
        String number = complaint.record().number();
        assertTrue(complaint.queryCode().matches("\\d{8}"));
        assertEquals(LocalDate.parse("2026-10-13"), complaint.record().finalDue());
        assertEquals(number, records.findForPublic(number.toLowerCase(), complaint.queryCode()).orElseThrow().number());
        String wrong = complaint.queryCode().equals("12345678") ? "87654321" : "12345678";
        assertTrue(records.findForPublic(number, wrong).isEmpty());
        assertThrows(InvalidInputException.class, () -> records.findForPublic(number, "12"));

        OpenedRecord report = records.open(unresolved(RecordClass.SIMPLE), "guide1");
        assertNull("a report gives no code", report.queryCode());
        assertTrue(records.findForPublic(report.record().number(), complaint.queryCode()).isEmpty());
    }

    @Test
    public void aConsultationIsClosedAsItIsRecordedAndMayBeAnonymous() {
        WorkRecord consultation = records.open(new RecordRequest(RecordKind.CONSULTATION, RecordChannel.WINDOW,
                RecordClass.COMPLEX, null, List.of("TAX-001"), List.of(), null, "发票怎么领？", "", "3号窗口（税务）", "",
                "", null), "guide1").record();
        assertEquals(RecordState.CLOSED, consultation.state());
        assertNull("a class is a report's alone", consultation.recordClass());
        assertNull(consultation.finalDue());
        assertEquals("3号窗口（税务）", consultation.referredTo());
        assertThrows(InvalidInputException.class, () -> new RecordRequest(RecordKind.CONSULTATION,
                RecordChannel.WINDOW, null, null, List.of(), List.of(), null, "问题", "", "", "", "", null));
    }

    @Test
    public void anOnlineOnSiteRequestIsAssignedScheduledAndItsResultRecorded() {
        WorkRecord asked = records.open(new RecordRequest(RecordKind.ONSITE, RecordChannel.ONLINE, null, ENTERPRISE,
                List.of(), List.of(), null, "新员工社保登记", "", "", "", "园区创业大道1号", LocalDate.parse("2026-10-09")),
                RecordService.PUBLIC).record();
        assertEquals("", asked.owner());
        assertEquals("", asked.firstOwner());
        assertEquals(LocalDate.parse("2026-10-13"), asked.finalDue());
        assertIllegal(() -> records.step(asked.number(), RecordAction.REPLY, "已上门", "clerk1"));
        assertThrows(InvalidInputException.class, () -> records.schedule(asked.number(),
                LocalDate.parse("2026-10-09"), "nobody", "admin"));
        assertThrows("a holiday", InvalidInputException.class, () -> records.schedule(asked.number(),
                LocalDate.parse("2026-10-05"), "clerk1", "admin"));
        WorkRecord scheduled = records.schedule(asked.number(), LocalDate.parse("2026-10-09"), "clerk1", "admin");
        assertEquals("clerk1", scheduled.owner());
        assertEquals("clerk1", scheduled.firstOwner());
        assertEquals(LocalDate.parse("2026-10-09"), scheduled.scheduledOn());
        assertEquals("guide1", records.assign(asked.number(), "guide1", "admin").owner());
        WorkRecord done = records.step(asked.number(), RecordAction.REPLY, "已上门办理3人参保登记", "guide1");
        assertEquals("no call back for on-site service", RecordState.CLOSED, done.state());
        assertEquals("clerk1", done.firstOwner());
        assertThrows("a person is not served on site", InvalidInputException.class, () -> new RecordRequest(
                RecordKind.ONSITE, RecordChannel.ONLINE, null, PERSON, List.of(), List.of(), null, "x", "", "", "",
                "地址", null));
    }

    @Test
    public void assistedServicesAreCountedPerStaffMember() {
        for (String helper : List.of("guide1", "clerk1", "guide1")) {
            records.open(new RecordRequest(RecordKind.ASSISTED, RecordChannel.WINDOW, null, ENTERPRISE,
                    List.of("AMR-001", "TAX-001"), List.of("PH202609300001"), null, "代为填写变更登记表并提交", "", "",
                    "授权委托书、经办人身份证", "", null), helper);
        }
        assertThrows("authorisation is required", InvalidInputException.class, () -> new RecordRequest(
                RecordKind.ASSISTED, RecordChannel.WINDOW, null, ENTERPRISE, List.of(), List.of(), null, "代办", "",
                "", " ", "", null));
        assertEquals(List.of(new StaffCount("guide1", 2), new StaffCount("clerk1", 1)), records.perStaff(
                RecordKind.ASSISTED, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30")));
        List<WorkRecord> ledger = records.list(new RecordQuery(RecordKind.ASSISTED, null, null, null, "clerk1", 10));
        assertEquals(1, ledger.size());
        assertEquals(List.of("AMR-001", "TAX-001"), ledger.get(0).itemCodes());
        assertEquals(List.of("PH202609300001"), ledger.get(0).caseNumbers());
        assertEquals(3, records.list(new RecordQuery(RecordKind.ASSISTED, RecordState.OPEN,
                LocalDate.parse("2026-09-30"), LocalDate.parse("2026-09-30"), "", 10)).size());
    }

    private static void assertIllegal(ThrowingRunnable step) {
        assertEquals(ErrorCode.ILLEGAL_ACTION, assertThrows(HallException.class, step).error());
    }

    private static List<String> numbers(List<WorkRecord> found) {
        return found.stream().map(WorkRecord::number).toList();
    }

    private List<LedgerEvent> ledger(String subject) {
        return database.read(connection -> LedgerRecords.about(connection, subject));
    }
}
