package org.parkhall.dept.emergency.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.Decision;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

public class EmergencyHandlersTest {
    private static final Applicant PERSON = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
            "13812345678");
    private static final Applicant ENTERPRISE = new Applicant(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "上海庙能源科技有限公司", "0477-7612345");
    private static final Set<String> LICENCE_MATERIALS = Set.of("application-form", "safety-rules", "certificates",
            "premises", "business-licence", "plan-filing");
    private static final Map<String, String> LICENCE_FACTS = Map.of("scope", "甲醇、乙醇、丙酮", "safetyOfficers", "2",
            "managersCertified", "true");
    private static final Set<String> PLAN_MATERIALS = Set.of("application-form", "plan", "risk-assessment");

    @Test
    public void everyItemIsAFreeEmergencyItemServedAtItsWindow() {
        for (ItemHandler handler : List.of(new HazardousChemicalsLicenceHandler(), new EmergencyPlanFilingHandler(),
                new PrecursorChemicalsFilingHandler())) {
            ServiceItem item = handler.item();
            assertTrue(item.code(), item.code().startsWith("EMG-"));
            assertEquals("emergency", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("应急管理事项"));
        }
    }

    @Test
    public void completeLicenceApplicationIsAcceptedForAnApprover() {
        HazardousChemicalsLicenceHandler handler = new HazardousChemicalsLicenceHandler();
        assertFalse(handler.item().instant());
        assertEquals(30, handler.item().legalLimitDays());
        Review review = handler.review(new Application("EMG-HC-01", ENTERPRISE, LICENCE_MATERIALS, LICENCE_FACTS));
        assertEquals(Review.Outcome.ACCEPT, review.outcome());
    }

    @Test
    public void licenceApplicationListsEveryProblemAtOnce() {
        Review review = new HazardousChemicalsLicenceHandler().review(new Application("EMG-HC-01", PERSON,
                Set.of("application-form"), Map.of("byAgent", "true", "safetyOfficers", "0",
                        "managersCertified", "false")));
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("safety-rules", "certificates", "premises", "business-licence", "plan-filing", "proxy",
                "applicant", "scope", "safetyOfficers", "managersCertified"), subjects(review));
    }

    @Test
    public void storageFacilitiesAreRefusedWithTheCityLevelAdvice() {
        Review review = new HazardousChemicalsLicenceHandler().review(new Application("EMG-HC-01", ENTERPRISE,
                LICENCE_MATERIALS, Map.of("storageFacilities", "true", "safetyOfficers", "2")));
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.reason().zh().contains("设区的市级"));
        assertTrue(review.appealRoute().contains("行政复议"));
    }

    @Test
    public void completePlanFilingIsFiledAtTheWindow() {
        EmergencyPlanFilingHandler handler = new EmergencyPlanFilingHandler();
        assertTrue(handler.item().instant());
        assertEquals(5, handler.item().legalLimitDays());
        Application application = new Application("EMG-PLAN-01", ENTERPRISE, PLAN_MATERIALS,
                Map.of("publishedOn", "2025-03-03"));
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        Decision decision = handler.decideInstantly(application).orElseThrow();
        assertTrue(decision.approved());
        assertEquals("应急预案备案登记表", decision.result());
    }

    @Test
    public void highRiskPlanNeedsExpertReviewAndAPublishedDate() {
        String future = LocalDate.now().plusDays(2).toString();
        Review review = new EmergencyPlanFilingHandler().review(new Application("EMG-PLAN-01", ENTERPRISE,
                PLAN_MATERIALS, Map.of("highRisk", "true", "publishedOn", future)));
        assertEquals(List.of("review-minutes", "publishedOn", "evaluated"), subjects(review));
        Review filed = new EmergencyPlanFilingHandler().review(new Application("EMG-PLAN-01", ENTERPRISE,
                Set.of("application-form", "plan", "risk-assessment", "review-minutes"),
                Map.of("highRisk", "true", "evaluated", "true", "publishedOn", "2025-03-03")));
        assertEquals(Review.Outcome.ACCEPT, filed.outcome());
    }

    @Test
    public void planFilingListsEveryProblemAtOnce() {
        Review review = new EmergencyPlanFilingHandler().review(new Application("EMG-PLAN-01", PERSON, Set.of(),
                Map.of("byAgent", "true", "publishedOn", "3 March")));
        assertEquals(List.of("application-form", "plan", "risk-assessment", "proxy", "applicant", "publishedOn"),
                subjects(review));
    }

    @Test
    public void categoryThreeTradeIsFiledAtTheWindow() {
        PrecursorChemicalsFilingHandler handler = new PrecursorChemicalsFilingHandler();
        assertTrue(handler.item().instant());
        Application application = new Application("EMG-PC-01", ENTERPRISE,
                Set.of("application-form", "management-rules", "product-notes", "business-licence"),
                Map.of("category", "3", "chemicals", "甲苯、丙酮", "hazardousChemical", "true"));
        assertEquals(List.of("hazchem-licence"), subjects(handler.review(application)));
        Application complete = new Application("EMG-PC-01", ENTERPRISE,
                Set.of("application-form", "management-rules", "product-notes", "business-licence", "hazchem-licence"),
                application.facts());
        assertEquals(Review.Outcome.ACCEPT, handler.review(complete).outcome());
        assertTrue(handler.decideInstantly(complete).orElseThrow().result().contains("经营备案证明"));
    }

    @Test
    public void categoryTwoTradeIsRefusedWithTheCityLevelAdvice() {
        Review review = new PrecursorChemicalsFilingHandler().review(new Application("EMG-PC-01", ENTERPRISE,
                Set.of(), Map.of("category", "2", "chemicals", "甲苯")));
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.reason().zh().contains("设区的市级"));
    }

    @Test
    public void precursorFilingListsEveryProblemAtOnce() {
        Review review = new PrecursorChemicalsFilingHandler().review(new Application("EMG-PC-01", PERSON, Set.of(),
                Map.of("byAgent", "true")));
        assertEquals(List.of("application-form", "management-rules", "product-notes", "business-licence", "proxy",
                "applicant", "category", "chemicals"), subjects(review));
    }

    private static List<String> subjects(Review review) {
        return review.problems().stream().map(Problem::subject).toList();
    }
}
