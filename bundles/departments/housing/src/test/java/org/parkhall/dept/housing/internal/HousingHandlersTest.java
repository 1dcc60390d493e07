package org.parkhall.dept.housing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.testkit.ReviewAssert.assertAccepted;
import static org.parkhall.testkit.ReviewAssert.assertNotice;
import static org.parkhall.testkit.ReviewAssert.assertRefused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.Review;
import org.parkhall.spi.ReviewSteps;
import org.parkhall.spi.ServiceItem;
import org.parkhall.spi.SpecialProcedure;
import org.parkhall.testkit.Applicants;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.GuideAssert;
import org.parkhall.testkit.HandlerRun;

public class HousingHandlersTest {
    /** 2025-06-30 in China. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final ConstructionPermitHandler permit = new ConstructionPermitHandler();
    private final CompletionFilingHandler filing = new CompletionFilingHandler(TODAY);
    private final DrainagePermitHandler drainage = new DrainagePermitHandler();

    @Test
    public void everyItemIsAFreeBilingualHousingItemServedAtTheHousingWindow() {
        for (ItemHandler handler : List.of(permit, filing, drainage)) {
            ServiceItem item = handler.item();
            GuideAssert.assertEnglish(item);
            assertTrue("the proxy letter is asked for by a field", item.guide().field("byAgent").isPresent());
            assertTrue(item.code(), item.code().startsWith("HOUS-"));
            assertEquals("housing", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("住建事项"));
            assertTrue(item.guide().consultationPhone().startsWith("12345"));
        }
    }

    @Test
    public void theConstructionPermitIsCountersignedSignedOffAndMayBeExtendedOrStoppedTheOthersNeedNoStep() {
        ReviewSteps steps = permit.reviewSteps();
        assertEquals(List.of("emergency"), steps.countersigningDepartments());
        assertTrue(steps.secondSignOff());
        assertEquals(10, steps.extension().maxDays());
        assertTrue(steps.extension().legalBasis().zh().contains("第四十二条"));
        assertEquals(Set.of(SpecialProcedure.EXPERT_REVIEW, SpecialProcedure.INSPECTION), steps.specialProcedures());
        assertEquals(ReviewSteps.NONE, filing.reviewSteps());
        assertEquals(ReviewSteps.NONE, drainage.reviewSteps());
    }

    @Test
    public void completeConstructionPermitApplicationIsAcceptedForAnApprover() {
        assertFalse(permit.item().instant());
        assertEquals(5, permit.item().legalLimitDays());
        assertEquals(3, permit.item().promisedLimitDays());
        HandlerRun run = HandlerRun.intake(permit, permit("8600000", "12000.5").build());
        assertAccepted(run.review());
        assertEquals(CaseState.ACCEPTED, run.state());
    }

    @Test
    public void constructionPermitListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(permit, ApplicationBuilder.applyingFor(permit).presentingNothing().fact("byAgent", "true")
                .fact("investment", "八百万").fact("floorArea", "-5").build()),
                "application-form", "land-approval", "planning-permit", "drawing-review", "contractor",
                "safety-measures", "funds-pledge", "proxy", "applicant", "projectName", "investment", "floorArea");
    }

    @Test
    public void smallProjectsNeedNoPermitAndAreRefused() {
        for (String[] small : List.of(new String[] {"300000", "5000"}, new String[] {"8600000", "300"},
                new String[] {"120000", "80"})) {
            Review review = HandlerRun.review(permit, permit(small[0], small[1]).build());
            assertRefused(review, "第二条");
            assertTrue(small[0] + "/" + small[1], review.appealRoute().contains("县人民政府申请行政复议"));
        }
        assertAccepted(HandlerRun.review(permit, permit("300000.01", "300.5").build()));
    }

    @Test
    public void planningPermitIsNotAskedOutsideThePlanningArea() {
        assertAccepted(HandlerRun.review(permit, permit("8600000", "12000").without("planning-permit")
                .fact("outsidePlanningArea", "true").build()));
        assertNotice(HandlerRun.review(permit, permit("8600000", "12000").without("planning-permit").build()),
                "planning-permit");
    }

    @Test
    public void completionFilingInTimeIsReceivedAtTheWindow() {
        assertTrue(filing.item().instant());
        // The fifteenth day after the acceptance is the last day to file.
        HandlerRun run = HandlerRun.intake(filing, filing("2025-06-15").build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        String result = run.decision().orElseThrow().result();
        assertTrue(result, result.contains("文件收讫"));
        assertFalse(result, result.contains("罚款"));
    }

    @Test
    public void lateCompletionFilingIsReceivedAndToldTheConsequence() {
        HandlerRun run = HandlerRun.intake(filing, filing("2025-06-14").build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        String result = run.decision().orElseThrow().result();
        assertTrue(result, result.contains("第九条") && result.contains("责令限期改正"));
    }

    @Test
    public void completionFilingListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(filing, ApplicationBuilder.applyingFor(filing).presentingNothing()
                .presenting("application-form").fact("byAgent", "true").fact("residential", "true").build()),
                "acceptance-report", "planning-approval", "fire-acceptance", "warranty", "residential-documents",
                "proxy", "applicant", "projectName", "acceptedOn");
    }

    @Test
    public void acceptanceDateMustBeADateNotInTheFuture() {
        for (String date : List.of("2025-07-01", "2025/06/20", "2025-02-30", "上周五")) {
            Review review = HandlerRun.review(filing, filing(date).build());
            assertNotice(review, "acceptedOn");
            assertTrue(date, review.problems().get(0).reason().zh().contains("不晚于今天"));
        }
        assertAccepted(HandlerRun.review(filing, filing("2025-06-30").build()));
    }

    @Test
    public void drainagePermitAsksForConditionalMaterialsOnlyWhenTheyApply() {
        assertFalse(drainage.item().instant());
        assertEquals(10, drainage.item().legalLimitDays());
        assertAccepted(HandlerRun.review(drainage, drainage().build()));
        assertNotice(HandlerRun.review(drainage, drainage().fact("pretreatment", "true").fact("keyPolluter", "true").build()),
                "pretreatment", "auto-monitoring");
    }

    @Test
    public void drainagePermitListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(drainage, ApplicationBuilder.applyingFor(drainage).presentingNothing()
                .fact("byAgent", "true").fact("dailyVolume", "0").build()),
                "application-form", "drainage-drawings", "hidden-works", "water-quality", "proxy", "applicant",
                "wastewaterKinds", "dailyVolume");
    }

    /** The owner's application for its second-phase workshop, with every material inside the planning area. */
    private ApplicationBuilder permit(String investment, String floorArea) {
        return ApplicationBuilder.applyingFor(permit).by(Applicants.enterprise()).presenting("planning-permit")
                .fact("projectName", "园区二期标准厂房").fact("investment", investment).fact("floorArea", floorArea);
    }

    private ApplicationBuilder filing(String acceptedOn) {
        return ApplicationBuilder.applyingFor(filing).by(Applicants.enterprise())
                .fact("projectName", "园区二期标准厂房").fact("acceptedOn", acceptedOn);
    }

    private ApplicationBuilder drainage() {
        return ApplicationBuilder.applyingFor(drainage).by(Applicants.enterprise())
                .fact("wastewaterKinds", "生活污水、生产废水").fact("dailyVolume", "45.5");
    }
}
