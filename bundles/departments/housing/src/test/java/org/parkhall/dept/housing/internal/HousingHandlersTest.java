package org.parkhall.dept.housing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
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

public class HousingHandlersTest {
    private static final Applicant PERSON = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
            "13812345678");
    private static final Applicant ENTERPRISE = new Applicant(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "上海庙能源科技有限公司", "0477-7612345");
    private static final Set<String> PERMIT_MATERIALS = Set.of("application-form", "land-approval", "planning-permit",
            "drawing-review", "contractor", "safety-measures", "funds-pledge");
    private static final Set<String> FILING_MATERIALS = Set.of("application-form", "acceptance-report",
            "planning-approval", "fire-acceptance", "warranty");
    private static final Set<String> DRAINAGE_MATERIALS = Set.of("application-form", "drainage-drawings",
            "hidden-works", "water-quality");
    /** 2025-06-30 in China. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    public void everyItemIsAFreeHousingItemServedAtTheHousingWindow() {
        for (ItemHandler handler : List.of(new ConstructionPermitHandler(), new CompletionFilingHandler(),
                new DrainagePermitHandler())) {
            ServiceItem item = handler.item();
            assertTrue(item.code(), item.code().startsWith("HOUS-"));
            assertEquals("housing", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("住建事项"));
            assertTrue(item.guide().consultationPhone().startsWith("12345"));
        }
    }

    @Test
    public void completeConstructionPermitApplicationIsAcceptedForAnApprover() {
        ConstructionPermitHandler handler = new ConstructionPermitHandler();
        assertFalse(handler.item().instant());
        assertEquals(5, handler.item().legalLimitDays());
        assertEquals(3, handler.item().promisedLimitDays());
        assertEquals(Review.Outcome.ACCEPT, handler.review(permit(PERMIT_MATERIALS, "8600000", "12000.5")).outcome());
    }

    @Test
    public void constructionPermitListsEveryProblemAtOnce() {
        Review review = new ConstructionPermitHandler().review(new Application("HOUS-CP-01", PERSON, Set.of(),
                Map.of("byAgent", "true", "investment", "八百万", "floorArea", "-5")));
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("application-form", "land-approval", "planning-permit", "drawing-review", "contractor",
                "safety-measures", "funds-pledge", "proxy", "applicant", "projectName", "investment", "floorArea"),
                subjects(review));
    }

    @Test
    public void smallProjectsNeedNoPermitAndAreRefused() {
        ConstructionPermitHandler handler = new ConstructionPermitHandler();
        for (String[] small : List.of(new String[] {"300000", "5000"}, new String[] {"8600000", "300"},
                new String[] {"120000", "80"})) {
            Review review = handler.review(permit(PERMIT_MATERIALS, small[0], small[1]));
            assertEquals(small[0] + "/" + small[1], Review.Outcome.REFUSE, review.outcome());
            assertTrue(review.reason().zh().contains("第二条"));
            assertTrue(review.appealRoute().contains("县人民政府申请行政复议"));
        }
        assertEquals(Review.Outcome.ACCEPT, handler.review(permit(PERMIT_MATERIALS, "300000.01", "300.5")).outcome());
    }

    @Test
    public void planningPermitIsNotAskedOutsideThePlanningArea() {
        Map<String, String> facts = new HashMap<>(Map.of("projectName", "园区二期标准厂房", "investment", "8600000",
                "floorArea", "12000", "outsidePlanningArea", "true"));
        Set<String> withoutPlanningPermit = Set.of("application-form", "land-approval", "drawing-review",
                "contractor", "safety-measures", "funds-pledge");
        ConstructionPermitHandler handler = new ConstructionPermitHandler();
        assertEquals(Review.Outcome.ACCEPT, handler.review(new Application("HOUS-CP-01", ENTERPRISE,
                withoutPlanningPermit, facts)).outcome());
        facts.remove("outsidePlanningArea");
        assertEquals(List.of("planning-permit"), subjects(handler.review(new Application("HOUS-CP-01", ENTERPRISE,
                withoutPlanningPermit, facts))));
    }

    @Test
    public void completionFilingInTimeIsReceivedAtTheWindow() {
        CompletionFilingHandler handler = new CompletionFilingHandler(TODAY);
        assertTrue(handler.item().instant());
        // The fifteenth day after the acceptance is the last day to file.
        Application application = filing("2025-06-15");
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        Decision decision = handler.decideInstantly(application).orElseThrow();
        assertTrue(decision.approved());
        assertTrue(decision.result().contains("文件收讫"));
        assertFalse(decision.result(), decision.result().contains("罚款"));
    }

    @Test
    public void lateCompletionFilingIsReceivedAndToldTheConsequence() {
        CompletionFilingHandler handler = new CompletionFilingHandler(TODAY);
        Application application = filing("2025-06-14");
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        String result = handler.decideInstantly(application).orElseThrow().result();
        assertTrue(result, result.contains("第九条") && result.contains("责令限期改正"));
    }

    @Test
    public void completionFilingListsEveryProblemAtOnce() {
        Review review = new CompletionFilingHandler(TODAY).review(new Application("HOUS-FIN-01", PERSON,
                Set.of("application-form"), Map.of("byAgent", "true", "residential", "true")));
        assertEquals(List.of("acceptance-report", "planning-approval", "fire-acceptance", "warranty",
                "residential-documents", "proxy", "applicant", "projectName", "acceptedOn"), subjects(review));
    }

    @Test
    public void acceptanceDateMustBeADateNotInTheFuture() {
        CompletionFilingHandler handler = new CompletionFilingHandler(TODAY);
        for (String date : List.of("2025-07-01", "2025/06/20", "2025-02-30", "上周五")) {
            Review review = handler.review(filing(date));
            assertEquals(date, List.of("acceptedOn"), subjects(review));
            assertTrue(review.problems().get(0).reason().zh().contains("不晚于今天"));
        }
        assertEquals(Review.Outcome.ACCEPT, handler.review(filing("2025-06-30")).outcome());
    }

    @Test
    public void drainagePermitAsksForConditionalMaterialsOnlyWhenTheyApply() {
        DrainagePermitHandler handler = new DrainagePermitHandler();
        assertFalse(handler.item().instant());
        assertEquals(10, handler.item().legalLimitDays());
        Map<String, String> facts = Map.of("wastewaterKinds", "生活污水、生产废水", "dailyVolume", "45.5");
        assertEquals(Review.Outcome.ACCEPT, handler.review(new Application("HOUS-DRN-01", ENTERPRISE,
                DRAINAGE_MATERIALS, facts)).outcome());
        Map<String, String> keyPolluter = new HashMap<>(facts);
        keyPolluter.putAll(Map.of("pretreatment", "true", "keyPolluter", "true"));
        assertEquals(List.of("pretreatment", "auto-monitoring"), subjects(handler.review(
                new Application("HOUS-DRN-01", ENTERPRISE, DRAINAGE_MATERIALS, keyPolluter))));
    }

    @Test
    public void drainagePermitListsEveryProblemAtOnce() {
        Review review = new DrainagePermitHandler().review(new Application("HOUS-DRN-01", PERSON, Set.of(),
                Map.of("byAgent", "true", "dailyVolume", "0")));
        assertEquals(List.of("application-form", "drainage-drawings", "hidden-works", "water-quality", "proxy",
                "applicant", "wastewaterKinds", "dailyVolume"), subjects(review));
    }

    private static Application permit(Set<String> presented, String investment, String floorArea) {
        return new Application("HOUS-CP-01", ENTERPRISE, presented, Map.of("projectName", "园区二期标准厂房",
                "investment", investment, "floorArea", floorArea));
    }

    private static Application filing(String acceptedOn) {
        return new Application("HOUS-FIN-01", ENTERPRISE, FILING_MATERIALS, Map.of("projectName", "园区二期标准厂房",
                "acceptedOn", acceptedOn));
    }

    private static List<String> subjects(Review review) {
        return review.problems().stream().map(Problem::subject).toList();
    }
}
