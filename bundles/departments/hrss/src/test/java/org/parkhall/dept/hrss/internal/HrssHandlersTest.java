package org.parkhall.dept.hrss.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.Decision;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

public class HrssHandlersTest {
    private static final Applicant PERSON = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
            "13812345678");
    private static final Applicant ENTERPRISE = new Applicant(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "上海庙能源科技有限公司", "0477-7612345");
    private static final Set<String> UNIT_MATERIALS = Set.of("application-form", "business-licence");
    private static final Set<String> ENROLMENT_MATERIALS = Set.of("application-form", "employee-id");
    private static final Set<String> HOURS_MATERIALS = Set.of("application-form", "work-plan", "staff-opinion");

    @Test
    public void everyItemIsAFreeHrssItemServedAtTheHrssWindow() {
        for (ItemHandler handler : List.of(new EmployerRegistrationHandler(), new EmployeeEnrolmentHandler(),
                new SpecialWorkingHoursHandler())) {
            ServiceItem item = handler.item();
            assertTrue(item.code(), item.code().startsWith("HRSS-"));
            assertEquals("hrss", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("人社事项"));
            assertTrue(item.guide().consultationPhone().startsWith("12333"));
        }
    }

    @Test
    public void employerRegistrationIsDecidedAtTheWindow() {
        EmployerRegistrationHandler handler = new EmployerRegistrationHandler();
        assertTrue(handler.item().instant());
        assertEquals(15, handler.item().legalLimitDays());
        assertEquals(ItemKind.ADMINISTRATIVE_CONFIRMATION, handler.item().kind());
        Application application = new Application("HRSS-SI-01", ENTERPRISE, UNIT_MATERIALS, unitFacts());
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        Decision decision = handler.decideInstantly(application).orElseThrow();
        assertTrue(decision.approved());
        assertEquals("社会保险登记证明（单位参保证明）", decision.result());
    }

    @Test
    public void employerRegistrationListsEveryProblemAtOnce() {
        Review review = new EmployerRegistrationHandler().review(new Application("HRSS-SI-01", PERSON, Set.of(),
                Map.of("byAgent", "true", "employees", "0")));
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("application-form", "business-licence", "proxy", "applicant", "establishedOn",
                "employees", "bankAccount"), subjects(review));
    }

    @Test
    public void establishmentDateMustBeAValidPastDate() {
        EmployerRegistrationHandler handler = new EmployerRegistrationHandler();
        String tomorrow = Hrss.today().plusDays(1).toString();
        for (String date : List.of("2023-02-29", "2024/03/01", "三月一日", tomorrow)) {
            Map<String, String> facts = unitFacts();
            facts.put("establishedOn", date);
            Review review = handler.review(new Application("HRSS-SI-01", ENTERPRISE, UNIT_MATERIALS, facts));
            assertEquals(date, List.of("establishedOn"), subjects(review));
        }
        Map<String, String> longAgo = unitFacts();
        longAgo.put("establishedOn", "2015-06-30");
        assertEquals(Review.Outcome.ACCEPT,
                handler.review(new Application("HRSS-SI-01", ENTERPRISE, UNIT_MATERIALS, longAgo)).outcome());
    }

    @Test
    public void employeeCountMustBeAWholeNumberOfAtLeastOne() {
        EmployerRegistrationHandler handler = new EmployerRegistrationHandler();
        for (String count : List.of("0", "-3", "2.5", "十")) {
            Map<String, String> facts = unitFacts();
            facts.put("employees", count);
            Review review = handler.review(new Application("HRSS-SI-01", ENTERPRISE, UNIT_MATERIALS, facts));
            assertEquals(count, List.of("employees"), subjects(review));
        }
    }

    @Test
    public void employeeEnrolmentIsDecidedAtTheWindowWithTheNumberMasked() {
        EmployeeEnrolmentHandler handler = new EmployeeEnrolmentHandler();
        assertTrue(handler.item().instant());
        Application application = enrolment("11010519491231002x", Hrss.today().minusDays(30).toString());
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        String result = handler.decideInstantly(application).orElseThrow().result();
        assertTrue(result, result.contains("1101**********002X"));
        assertFalse(result, result.contains("11010519491231002X"));
        assertFalse(result, result.contains("补缴"));
    }

    @Test
    public void lateEnrolmentIsStillRegisteredWithBackContributions() {
        EmployeeEnrolmentHandler handler = new EmployeeEnrolmentHandler();
        Application application = enrolment("110101199003074514", Hrss.today().minusDays(31).toString());
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        Decision decision = handler.decideInstantly(application).orElseThrow();
        assertTrue(decision.approved());
        assertTrue(decision.result(), decision.result().contains("补缴社会保险费"));
    }

    @Test
    public void anInvalidEmployeeIdNumberIsReportedMasked() {
        Review review = new EmployeeEnrolmentHandler().review(enrolment("110101199003074515", "2024-03-01"));
        assertEquals(List.of("employeeIdNumber"), subjects(review));
        Problem problem = review.problems().get(0);
        assertTrue(problem.reason().zh(), problem.reason().zh().contains("1101**********4515"));
        assertFalse(problem.reason().toString().contains("110101199003074515"));
    }

    @Test
    public void employeeEnrolmentListsEveryProblemAtOnce() {
        Review review = new EmployeeEnrolmentHandler().review(new Application("HRSS-SI-02", PERSON, Set.of(),
                Map.of("byAgent", "true", "hiredOn", Hrss.today().plusDays(7).toString())));
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("application-form", "employee-id", "proxy", "applicant", "employeeName",
                "employeeIdNumber", "hiredOn"), subjects(review));
    }

    @Test
    public void specialWorkingHoursAreApprovedByAnApproverWithinTwentyWorkingDays() {
        SpecialWorkingHoursHandler handler = new SpecialWorkingHoursHandler();
        assertFalse(handler.item().instant());
        assertEquals(ItemKind.ADMINISTRATIVE_LICENSE, handler.item().kind());
        assertEquals(20, handler.item().legalLimitDays());
        assertEquals(10, handler.item().promisedLimitDays());
        Application comprehensive = new Application("HRSS-LR-01", ENTERPRISE, HOURS_MATERIALS,
                Map.of("scheme", "comprehensive", "period", "month", "positions", "电解车间运行岗", "workers", "48"));
        assertEquals(Review.Outcome.ACCEPT, handler.review(comprehensive).outcome());
        assertTrue(handler.decideInstantly(comprehensive).isEmpty());
        Application irregular = new Application("HRSS-LR-01", ENTERPRISE, HOURS_MATERIALS,
                Map.of("scheme", "irregular", "positions", "高级管理人员、销售外勤", "workers", "6"));
        assertEquals(Review.Outcome.ACCEPT, handler.review(irregular).outcome());
    }

    @Test
    public void comprehensiveHoursNeedAnAveragingPeriod() {
        Review review = new SpecialWorkingHoursHandler().review(new Application("HRSS-LR-01", ENTERPRISE,
                HOURS_MATERIALS, Map.of("scheme", "comprehensive", "period", "fortnight", "positions", "装卸岗",
                        "workers", "12")));
        assertEquals(List.of("period"), subjects(review));
    }

    @Test
    public void specialWorkingHoursListEveryProblemAtOnce() {
        Review review = new SpecialWorkingHoursHandler().review(new Application("HRSS-LR-01", PERSON, Set.of(),
                Map.of("byAgent", "true", "scheme", "flexible", "workers", "0")));
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("application-form", "work-plan", "staff-opinion", "proxy", "applicant", "scheme",
                "positions", "workers"), subjects(review));
    }

    @Test
    public void centralEnterprisesAreReferredToTheMinistry() {
        Review review = new SpecialWorkingHoursHandler().review(new Application("HRSS-LR-01", ENTERPRISE,
                HOURS_MATERIALS, Map.of("centralEnterprise", "true")));
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.reason().zh().contains("人力资源社会保障部"));
        assertTrue(review.appealRoute().contains("本级人民政府申请行政复议"));
    }

    private static Map<String, String> unitFacts() {
        return new HashMap<>(Map.of("establishedOn", Hrss.today().minusDays(3).toString(), "employees", "25",
                "bankAccount", "6222020000000000000"));
    }

    private static Application enrolment(String idNumber, String hiredOn) {
        return new Application("HRSS-SI-02", ENTERPRISE, ENROLMENT_MATERIALS,
                Map.of("employeeName", "李四", "employeeIdNumber", idNumber, "hiredOn", hiredOn));
    }

    private static List<String> subjects(Review review) {
        return review.problems().stream().map(Problem::subject).toList();
    }
}
