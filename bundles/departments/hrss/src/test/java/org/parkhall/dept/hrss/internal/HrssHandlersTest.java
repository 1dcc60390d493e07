package org.parkhall.dept.hrss.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.testkit.ReviewAssert.assertAccepted;
import static org.parkhall.testkit.ReviewAssert.assertNotice;
import static org.parkhall.testkit.ReviewAssert.assertRefused;

import java.util.List;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;
import org.parkhall.testkit.Applicants;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.GuideAssert;
import org.parkhall.testkit.HandlerRun;

public class HrssHandlersTest {
    private final EmployerRegistrationHandler employer = new EmployerRegistrationHandler();
    private final EmployeeEnrolmentHandler enrolment = new EmployeeEnrolmentHandler();
    private final SpecialWorkingHoursHandler hours = new SpecialWorkingHoursHandler();

    @Test
    public void everyItemIsAFreeBilingualHrssItemServedAtTheHrssWindow() {
        for (ItemHandler handler : List.of(employer, enrolment, hours)) {
            ServiceItem item = handler.item();
            GuideAssert.assertEnglish(item);
            assertTrue("the proxy letter is asked for by a field", item.guide().field("byAgent").isPresent());
            assertTrue(item.code(), item.code().startsWith("HRSS-"));
            assertEquals("hrss", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("人社事项"));
            assertTrue(item.guide().consultationPhone().startsWith("12333"));
        }
    }

    @Test
    public void employerRegistrationIsDecidedAtTheWindow() {
        assertTrue(employer.item().instant());
        assertEquals(15, employer.item().legalLimitDays());
        assertEquals(ItemKind.ADMINISTRATIVE_CONFIRMATION, employer.item().kind());
        HandlerRun run = HandlerRun.intake(employer, unit().build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        assertEquals("社会保险登记证明（单位参保证明）", run.decision().orElseThrow().result());
    }

    @Test
    public void employerRegistrationListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(employer, ApplicationBuilder.applyingFor(employer).presentingNothing()
                .fact("byAgent", "true").fact("employees", "0").build()),
                "application-form", "business-licence", "proxy", "applicant", "establishedOn", "employees",
                "bankAccount");
    }

    @Test
    public void establishmentDateMustBeAValidPastDate() {
        String tomorrow = Hrss.today().plusDays(1).toString();
        for (String date : List.of("2023-02-29", "2024/03/01", "三月一日", tomorrow)) {
            assertNotice(HandlerRun.review(employer, unit().fact("establishedOn", date).build()), "establishedOn");
        }
        assertAccepted(HandlerRun.review(employer, unit().fact("establishedOn", "2015-06-30").build()));
    }

    @Test
    public void employeeCountMustBeAWholeNumberOfAtLeastOne() {
        for (String count : List.of("0", "-3", "2.5", "十")) {
            assertNotice(HandlerRun.review(employer, unit().fact("employees", count).build()), "employees");
        }
    }

    @Test
    public void employeeEnrolmentIsDecidedAtTheWindowWithTheNumberMasked() {
        assertTrue(enrolment.item().instant());
        HandlerRun run = HandlerRun.intake(enrolment,
                enrolment("11010519491231002x", Hrss.today().minusDays(30).toString()).build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        String result = run.decision().orElseThrow().result();
        assertTrue(result, result.contains("1101**********002X"));
        assertFalse(result, result.contains("11010519491231002X"));
        assertFalse(result, result.contains("补缴"));
    }

    @Test
    public void lateEnrolmentIsStillRegisteredWithBackContributions() {
        HandlerRun run = HandlerRun.intake(enrolment,
                enrolment("110101199003074514", Hrss.today().minusDays(31).toString()).build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        String result = run.decision().orElseThrow().result();
        assertTrue(result, result.contains("补缴社会保险费"));
    }

    @Test
    public void anInvalidEmployeeIdNumberIsReportedMasked() {
        Review review = HandlerRun.review(enrolment, enrolment("110101199003074515", "2024-03-01").build());
        assertNotice(review, "employeeIdNumber");
        Problem problem = review.problems().get(0);
        assertTrue(problem.reason().zh(), problem.reason().zh().contains("1101**********4515"));
        assertFalse(problem.reason().toString().contains("110101199003074515"));
    }

    @Test
    public void employeeEnrolmentListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(enrolment, ApplicationBuilder.applyingFor(enrolment).presentingNothing()
                .fact("byAgent", "true").fact("hiredOn", Hrss.today().plusDays(7).toString()).build()),
                "application-form", "employee-id", "proxy", "applicant", "employeeName", "employeeIdNumber",
                "hiredOn");
    }

    @Test
    public void specialWorkingHoursAreApprovedByAnApproverWithinTwentyWorkingDays() {
        assertFalse(hours.item().instant());
        assertEquals(ItemKind.ADMINISTRATIVE_LICENSE, hours.item().kind());
        assertEquals(20, hours.item().legalLimitDays());
        assertEquals(10, hours.item().promisedLimitDays());
        ApplicationBuilder comprehensive = hoursFor("comprehensive").fact("period", "month")
                .fact("positions", "电解车间运行岗").fact("workers", "48");
        HandlerRun run = HandlerRun.intake(hours, comprehensive.build());
        assertAccepted(run.review());
        assertEquals(CaseState.ACCEPTED, run.state());
        assertTrue(hours.decideInstantly(comprehensive.build()).isEmpty());
        assertAccepted(HandlerRun.review(hours, hoursFor("irregular").fact("positions", "高级管理人员、销售外勤")
                .fact("workers", "6").build()));
    }

    @Test
    public void comprehensiveHoursNeedAnAveragingPeriod() {
        assertNotice(HandlerRun.review(hours, hoursFor("comprehensive").fact("period", "fortnight").fact("positions", "装卸岗")
                .fact("workers", "12").build()), "period");
    }

    @Test
    public void specialWorkingHoursListEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(hours, ApplicationBuilder.applyingFor(hours).presentingNothing().fact("byAgent", "true")
                .fact("scheme", "flexible").fact("workers", "0").build()),
                "application-form", "work-plan", "staff-opinion", "proxy", "applicant", "scheme", "positions",
                "workers");
    }

    @Test
    public void centralEnterprisesAreReferredToTheMinistry() {
        Review review = HandlerRun.review(hours, ApplicationBuilder.applyingFor(hours).by(Applicants.enterprise())
                .fact("centralEnterprise", "true").build());
        assertRefused(review, "人力资源社会保障部");
        assertTrue(review.appealRoute().contains("本级人民政府申请行政复议"));
    }

    /** A complete employer registration, filed by the employer three days after its establishment. */
    private ApplicationBuilder unit() {
        return ApplicationBuilder.applyingFor(employer).by(Applicants.enterprise())
                .fact("establishedOn", Hrss.today().minusDays(3).toString()).fact("employees", "25")
                .fact("bankAccount", "6222020000000000000");
    }

    private ApplicationBuilder enrolment(String idNumber, String hiredOn) {
        return ApplicationBuilder.applyingFor(enrolment).by(Applicants.enterprise()).fact("employeeName", "李四")
                .fact("employeeIdNumber", idNumber).fact("hiredOn", hiredOn);
    }

    private ApplicationBuilder hoursFor(String scheme) {
        return ApplicationBuilder.applyingFor(hours).by(Applicants.enterprise()).fact("scheme", scheme);
    }
}
