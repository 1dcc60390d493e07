package org.parkhall.core.internal.statistics;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.PeriodReport;
import org.parkhall.api.ReportLine;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.store.SteppedClock;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.InvalidInputException;

/**
 * The November 2026 report of a small hall, on a clock standing at Wednesday 2 December: every figure of the hall,
 * a counter, a staff member, an item and a department worked out by hand from the rows below.
 */
public class ReportServiceTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-12-02T02:00:00Z"), HALL);
    private Database database;
    private ReportService reports;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null),
                clock, 1);
        reports = new ReportService(database, calendar, TestFloor.layout(1, 2), TestFloor.sites());
        november();
    }

    /**
     * Counter 1 (周敏 signed in) serves T1 (10 min wait, case PH1) and T2 (30 min, no case); counter 2 (王芳) T3 (5 min,
     * PH2); an October ticket and case stay out. PH1 is approved on time, PH2 denied late; PH3 is overdue in review,
     * PH4 runs within its limit, PH5 was decided only in December, after its due date.
     */
    private void november() {
        shift(1, "周敏", at(10, "09:00"), at(10, "12:00"));
        shift(2, "王芳", at(11, "09:00"), at(11, "12:00"));
        ticket(day(10), "A001", 1, at(10, "09:00"), at(10, "09:10"), "PH1");
        ticket(day(10), "A002", 1, at(10, "09:00"), at(10, "09:30"), "");
        ticket(day(11), "A001", 2, at(11, "09:00"), at(11, "09:05"), "PH2");
        ticket(LocalDate.parse("2026-10-30"), "A001", 1, Instant.parse("2026-10-30T01:00:00Z"),
                Instant.parse("2026-10-30T01:50:00Z"), "PH6");
        caseFile("PH1", "AMR-001", "amr", "APPROVED", day(10), day(17));
        caseFile("PH2", "TAX-001", "tax", "DENIED", day(11), day(18));
        caseFile("PH3", "AMR-001", "amr", "IN_REVIEW", day(20), day(25));
        caseFile("PH4", "TAX-001", "tax", "ACCEPTED", day(25), LocalDate.parse("2026-12-05"));
        caseFile("PH5", "TAX-001", "tax", "APPROVED", day(26), day(27));
        caseFile("PH6", "AMR-001", "amr", "APPROVED", LocalDate.parse("2026-10-20"), LocalDate.parse("2026-10-27"));
        ledger(at(16, "10:00"), "li.amr", "CASE_APPROVE", "PH1");
        ledger(at(20, "10:00"), "zhao.tax", "CASE_DENY", "PH2");
        ledger(Instant.parse("2026-12-01T02:00:00Z"), "zhao.tax", "CASE_APPROVE", "PH5");
        ledger(Instant.parse("2026-10-25T02:00:00Z"), "li.amr", "CASE_APPROVE", "PH6");
        long satisfied = rating("ticket:2026-11-10/A001", "amr", "SATISFIED", 1, "周敏", "AMR-001", false, at(10, "09:25"));
        long bad = rating("ticket:2026-11-10/A002", "hall", "DISSATISFIED", 1, "周敏", "", false, at(10, "09:45"));
        rating("ticket:2026-11-11/A001", "tax", "VERY_DISSATISFIED", 2, "王芳", "TAX-001", true, at(11, "09:20"));
        rectification(bad, "hall", day(20), at(10, "09:45"), null);
        rectification(satisfied, "amr", day(19), at(12, "09:00"), at(18, "09:00"));
        record("BC202611050001", "guide1", "AMR-001", at(5, "10:00"), day(12), null, null);
        record("BC202611200001", "guide1", "", at(20, "10:00"), LocalDate.parse("2026-12-03"),
                Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-01T02:00:00Z"));
    }

    @Test
    public void theMonthsFiguresForTheHallCountersStaffItemsAndDepartments() {
        PeriodReport report = reports.report("2026-11", Optional.empty(), SiteScope.COUNTY);
        assertEquals(LocalDate.parse("2026-11-30"), report.asOf());
        assertEquals("November 2026 has no holiday: 21 weekdays", 21, report.workingDays());

        ReportLine hall = report.hall();
        assertEquals("served", 3, (int) hall.served());
        assertEquals("average wait of 5, 10 and 30", 15.0, hall.averageWait(), 0.001);
        assertEquals("nearest-rank p90 of three waits is the longest", 30.0, hall.p90Wait(), 0.001);
        assertEquals("PH1–PH5 accepted in November", 5, (int) hall.accepted());
        assertEquals(2, (int) hall.decided());
        assertEquals(1, (int) hall.decidedOnTime());
        assertEquals(0.5, hall.onTime(), 0.001);
        assertEquals("the excluded rating counts nowhere", 2, (int) hall.ratings());
        assertEquals(0.5, hall.satisfaction(), 0.001);
        assertEquals(1, (int) hall.badRatings());
        assertEquals("PH3, PH4 and PH5 (decided after the month) open on 30 November", 3, (int) hall.openCases());
        assertEquals("PH3 and PH5 past their due dates", 2, (int) hall.overdueCases());
        assertEquals("both records open at the month's end, the later replied only in December", 2,
                (int) hall.openRecords());
        assertEquals(1, (int) hall.overdueRecords());
        assertEquals("the followed-up rectification is closed", 1, (int) hall.openRectifications());
        assertEquals(1, (int) hall.overdueRectifications());

        ReportLine counter1 = line(report.counters(), "1");
        assertEquals(2, (int) counter1.served());
        assertEquals(20.0, counter1.averageWait(), 0.001);
        assertEquals("PH1 came from its visits", 1, (int) counter1.accepted());
        assertEquals(2, (int) counter1.ratings());
        assertEquals(1, (int) counter1.badRatings());
        assertNull("a counter has no cases of its own to be overdue", counter1.overdueCases());
        assertNull(counter1.decided());
        assertEquals(1, (int) line(report.counters(), "2").served());
        assertEquals(0, (int) line(report.counters(), "2").ratings());

        ReportLine zhou = line(report.staff(), "周敏");
        assertEquals(2, (int) zhou.served());
        assertEquals(1, (int) zhou.accepted());
        assertEquals(2, (int) zhou.ratings());
        ReportLine approver = line(report.staff(), "li.amr");
        assertEquals(1, (int) approver.decided());
        assertEquals(1.0, approver.onTime(), 0.001);
        assertEquals(0.0, line(report.staff(), "zhao.tax").onTime(), 0.001);
        assertEquals(2, (int) line(report.staff(), "guide1").openRecords());

        ReportLine amrItem = line(report.items(), "AMR-001");
        assertEquals("T1 (PH1)", 1, (int) amrItem.served());
        assertEquals("PH1 and PH3", 2, (int) amrItem.accepted());
        assertEquals(1, (int) amrItem.openCases());
        assertEquals(1, (int) amrItem.overdueCases());
        assertEquals(1, (int) amrItem.openRecords());
        ReportLine taxItem = line(report.items(), "TAX-001");
        assertEquals(3, (int) taxItem.accepted());
        assertEquals(2, (int) taxItem.openCases());
        assertEquals(1, (int) taxItem.overdueCases());
        assertEquals(0, (int) taxItem.decidedOnTime());

        ReportLine hallDepartment = line(report.departments(), "hall");
        assertEquals("T2 produced no case", 1, (int) hallDepartment.served());
        assertEquals(1, (int) hallDepartment.overdueRectifications());
        assertNull("work records name no department", hallDepartment.openRecords());
        assertEquals(2, (int) line(report.departments(), "amr").accepted());
    }

    @Test
    public void aQuarterTakesInOctoberAndStopsToday() {
        PeriodReport quarter = reports.report("2026-q4", Optional.empty(), SiteScope.COUNTY);
        assertEquals("2026-Q4", quarter.period().code());
        assertEquals("while the quarter runs, open and overdue stand as of today", LocalDate.parse("2026-12-02"),
                quarter.asOf());
        assertEquals("the October ticket too", 4, (int) quarter.hall().served());
        assertEquals("PH1–PH6", 6, (int) quarter.hall().accepted());
        assertEquals("PH1, PH2, PH5 and PH6", 4, (int) quarter.hall().decided());
        assertEquals("PH5 is decided now", 2, (int) quarter.hall().openCases());
        assertEquals("the second record was closed on 1 December", 1, (int) quarter.hall().openRecords());
    }

    @Test
    public void aSitesReportHasNoWorkRecordsAndASiteAdminSeesOnlyTheirs() {
        PeriodReport site = reports.report("2026-11", Optional.of("HQ"), SiteScope.COUNTY);
        assertEquals("HQ", site.site());
        assertEquals(3, (int) site.hall().served());
        assertEquals("the badly rated visit was the site's", 1, (int) site.hall().openRectifications());
        assertNull(site.hall().openRecords());
        rating("case:PH4", "tax", "SATISFIED", 0, "", "TAX-001", false, at(27, "15:00"));
        assertEquals("a case rated with its query code counts for the site that took it", 3,
                (int) reports.report("2026-11", Optional.of("HQ"), SiteScope.COUNTY).hall().ratings());

        SiteScope parkAdmin = new SiteScope(Set.of("PARK"));
        HallException refused = assertThrows(HallException.class,
                () -> reports.report("2026-11", Optional.of("HQ"), parkAdmin));
        assertEquals(ErrorCode.FORBIDDEN, refused.error());
        assertThrows(InvalidInputException.class, () -> reports.report("2026-11", Optional.of("ZZ"),
                SiteScope.COUNTY));
    }

    @Test
    public void aPeriodThatIsNoMonthOrQuarterOrHasNotBegunIsRefused() {
        for (String wrong : new String[] {"", "2026-13", "2026-Q5", "2026-11-01", "Q4-2026", "2026-1", "0000-01",
                "2027-01"}) {
            InvalidInputException refused = assertThrows(wrong, InvalidInputException.class,
                    () -> reports.report(wrong, Optional.empty(), SiteScope.COUNTY));
            assertEquals("period", refused.field());
        }
        assertThrows(InvalidInputException.class, () -> reports.report(null, Optional.empty(), SiteScope.COUNTY));
    }

    private static LocalDate day(int november) {
        return LocalDate.of(2026, 11, november);
    }

    private static Instant at(int november, String time) {
        return day(november).atTime(LocalTime.parse(time)).atZone(HALL).toInstant();
    }

    private static ReportLine line(List<ReportLine> lines, String key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + lines));
    }

    private void shift(int counter, String staff, Instant in, Instant out) {
        insert("counter_session", row("counter_no", counter, "staff", staff, "signed_in_at", in, "signed_out_at", out,
                "priority_calls_in_row", 0));
    }

    /** A ticket served for ten minutes from its call. */
    private void ticket(LocalDate day, String label, int counter, Instant arrived, Instant called, String cases) {
        insert("ticket", row("service_day", day, "label", label, "queue_letter", "A", "priority", "NONE",
                "state", "DONE", "arrived_at", arrived, "called_at", called, "counter_no", counter, "recalls", 0,
                "service_started_at", called, "service_ended_at", called.plusSeconds(600), "case_numbers", cases,
                "site_code", "HQ"));
    }

    private void caseFile(String number, String item, String department, String state, LocalDate accepted,
            LocalDate due) {
        Instant created = accepted.atTime(9, 0).atZone(HALL).toInstant();
        insert("case_file", row("case_no", number, "item_code", item, "item_name", "测试事项", "department", department,
                "state", state, "applicant_kind", "PERSON", "applicant_id", "", "applicant_name", "张三",
                "applicant_phone", "13800138000", "application", "{}", "delivery_mode", "WINDOW_PICKUP",
                "delivery_address", "", "channel", "WINDOW", "problems", "[]", "reasons", "", "result", "",
                "delivery_note", "", "accepted_on", accepted, "due_on", due, "created_at", created, "updated_at",
                created, "version", 1));
    }

    private void ledger(Instant at, String actor, String action, String subject) {
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, at, actor, action, subject, "{}");
            return null;
        });
    }

    private long rating(String subject, String department, String overall, int counter, String staff, String items,
            boolean excluded, Instant at) {
        insert("rating", row("subject", subject, "department", department, "overall", overall, "efficiency", overall,
                "competence", overall, "attitude", overall, "comment_text", "", "rated_at", at, "counter_no", counter,
                "staff_user", staff, "item_codes", items, "excluded", excluded));
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM rating WHERE subject = ?")) {
                query.setString(1, subject);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private void rectification(long rating, String department, LocalDate deadline, Instant opened,
            Instant followedUp) {
        insert("rectification", row("rating_id", rating, "department", department, "deadline", deadline,
                "opened_at", opened, "follow_up", followedUp == null ? "" : "已回访", "followed_up_by",
                followedUp == null ? "" : "li.amr", "followed_up_at", followedUp));
    }

    private void record(String number, String owner, String items, Instant opened, LocalDate finalDue,
            Instant replied, Instant closed) {
        insert("work_record", row("record_number", number, "kind", "UNRESOLVED", "state",
                closed != null ? "CLOSED" : "OPEN", "channel", "WINDOW", "record_class", "ORDINARY", "party_kind",
                "PERSON", "party_id", "", "party_name", "张三", "party_phone", "13800138000", "item_codes", items,
                "case_numbers", "", "concerns_reference", "", "matter", "无法办理", "referred_to", "", "authorisation",
                "", "address", "", "first_owner", owner, "owner", owner, "opened_at", opened, "opened_on",
                opened.atZone(HALL).toLocalDate(), "final_due", finalDue, "outcome", replied == null ? "" : "已办理",
                "replied_at", replied, "call_back", "", "closed_at", closed));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private void insert(String table, Map<String, Object> row) {
        List<Object> values = new ArrayList<>(row.values());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", values.stream().map(value -> "?").toList()) + ")";
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Instant instant) {
                        insert.setTimestamp(i + 1, Timestamp.from(instant), Times.utc());
                    } else if (value instanceof LocalDate day) {
                        insert.setDate(i + 1, Date.valueOf(day));
                    } else if (value == null) {
                        insert.setNull(i + 1, table.equals("counter_session") || table.equals("rectification")
                                || table.equals("work_record") ? java.sql.Types.TIMESTAMP : java.sql.Types.VARCHAR);
                    } else {
                        insert.setObject(i + 1, value);
                    }
                }
                return insert.executeUpdate();
            }
        });
    }
}
