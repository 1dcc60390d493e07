package org.parkhall.dept.emergency.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.testkit.ReviewAssert.assertAccepted;
import static org.parkhall.testkit.ReviewAssert.assertNotice;
import static org.parkhall.testkit.ReviewAssert.assertRefused;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;
import org.parkhall.testkit.Applicants;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.GuideAssert;
import org.parkhall.testkit.HandlerRun;

public class EmergencyHandlersTest {
    private final HazardousChemicalsLicenceHandler licence = new HazardousChemicalsLicenceHandler();
    private final EmergencyPlanFilingHandler plan = new EmergencyPlanFilingHandler();
    private final PrecursorChemicalsFilingHandler precursors = new PrecursorChemicalsFilingHandler();

    @Test
    public void everyItemIsAFreeBilingualEmergencyItemServedAtItsWindow() {
        for (ItemHandler handler : List.of(licence, plan, precursors)) {
            ServiceItem item = handler.item();
            GuideAssert.assertEnglish(item);
            assertTrue("the proxy letter is asked for by a field", item.guide().field("byAgent").isPresent());
            assertTrue(item.code(), item.code().startsWith("EMG-"));
            assertEquals("emergency", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("应急管理事项"));
        }
    }

    @Test
    public void completeLicenceApplicationIsAcceptedForAnApprover() {
        assertFalse(licence.item().instant());
        assertEquals(30, licence.item().legalLimitDays());
        HandlerRun run = HandlerRun.intake(licence, licence().build());
        assertAccepted(run.review());
        assertEquals(CaseState.ACCEPTED, run.state());
    }

    @Test
    public void licenceApplicationListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(licence, ApplicationBuilder.applyingFor(licence).presentingNothing()
                .presenting("application-form").fact("byAgent", "true").fact("safetyOfficers", "0")
                .fact("managersCertified", "false").build()),
                "safety-rules", "certificates", "premises", "business-licence", "plan-filing", "proxy", "applicant",
                "scope", "safetyOfficers", "managersCertified");
    }

    @Test
    public void storageFacilitiesAreRefusedWithTheCityLevelAdvice() {
        Review review = HandlerRun.review(licence, licence().fact("storageFacilities", "true").build());
        assertRefused(review, "设区的市级");
        assertTrue(review.appealRoute().contains("行政复议"));
    }

    @Test
    public void completePlanFilingIsFiledAtTheWindow() {
        assertTrue(plan.item().instant());
        assertEquals(5, plan.item().legalLimitDays());
        HandlerRun run = HandlerRun.intake(plan, plan().build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        assertEquals("应急预案备案登记表", run.decision().orElseThrow().result());
    }

    @Test
    public void highRiskPlanNeedsExpertReviewAndAPublishedDate() {
        String future = LocalDate.now().plusDays(2).toString();
        assertNotice(HandlerRun.review(plan, plan().fact("highRisk", "true").fact("publishedOn", future).build()),
                "review-minutes", "publishedOn", "evaluated");
        assertAccepted(HandlerRun.review(plan, plan().presenting("review-minutes").fact("highRisk", "true")
                .fact("evaluated", "true").build()));
    }

    @Test
    public void planFilingListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(plan, ApplicationBuilder.applyingFor(plan).presentingNothing().fact("byAgent", "true")
                .fact("publishedOn", "3 March").build()),
                "application-form", "plan", "risk-assessment", "proxy", "applicant", "publishedOn");
    }

    @Test
    public void categoryThreeTradeIsFiledAtTheWindow() {
        assertTrue(precursors.item().instant());
        ApplicationBuilder hazardous = precursors().fact("hazardousChemical", "true");
        assertNotice(HandlerRun.review(precursors, hazardous.build()), "hazchem-licence");
        HandlerRun run = HandlerRun.intake(precursors, hazardous.presenting("hazchem-licence").build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        assertTrue(run.decision().orElseThrow().result().contains("经营备案证明"));
    }

    @Test
    public void categoryTwoTradeIsRefusedWithTheCityLevelAdvice() {
        assertRefused(HandlerRun.review(precursors, precursors().presentingNothing().fact("category", "2")
                .fact("chemicals", "甲苯").build()), "设区的市级");
    }

    @Test
    public void precursorFilingListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(precursors, ApplicationBuilder.applyingFor(precursors).presentingNothing()
                .fact("byAgent", "true").build()),
                "application-form", "management-rules", "product-notes", "business-licence", "proxy", "applicant",
                "category", "chemicals");
    }

    /** A trading company without storage applying with every material, a safety officer and certified managers. */
    private ApplicationBuilder licence() {
        return ApplicationBuilder.applyingFor(licence).by(Applicants.enterprise()).fact("scope", "甲醇、乙醇、丙酮")
                .fact("safetyOfficers", "2").fact("managersCertified", "true");
    }

    private ApplicationBuilder plan() {
        return ApplicationBuilder.applyingFor(plan).by(Applicants.enterprise()).fact("publishedOn", "2025-03-03");
    }

    private ApplicationBuilder precursors() {
        return ApplicationBuilder.applyingFor(precursors).by(Applicants.enterprise()).fact("category", "3")
                .fact("chemicals", "甲苯、丙酮");
    }
}
