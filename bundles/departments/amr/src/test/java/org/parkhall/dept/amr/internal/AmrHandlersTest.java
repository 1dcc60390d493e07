package org.parkhall.dept.amr.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.HandlerRun;
import org.parkhall.testkit.ReviewAssert;

public class AmrHandlersTest {
    private static final Applicant PERSON = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
            "13812345678");
    private static final Applicant ENTERPRISE = new Applicant(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "上海庙能源科技有限公司", "0477-7612345");

    @Test
    public void companyRegistrationListsEveryProblemAtOnce() {
        Review review = HandlerRun.intake(new CompanyRegistrationHandler(), new Application("AMR-REG-01", PERSON,
                Set.of("application-form"), Map.of("companyName", "上海庙能源科技", "byAgent", "true",
                        "registeredCapital", "0", "shareholders", "51", "payInYears", "10"))).review();
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("articles", "shareholder-ids", "premises", "proxy", "companyName", "registeredCapital",
                "shareholders", "payInYears"), review.problems().stream().map(Problem::subject).toList());
    }

    @Test
    public void completeCompanyRegistrationIsAccepted() {
        Review review = new CompanyRegistrationHandler().review(new Application("AMR-REG-01", PERSON,
                Set.of("application-form", "articles", "shareholder-ids", "premises"),
                Map.of("companyName", "上海庙能源科技有限公司", "registeredCapital", "100", "shareholders", "2",
                        "payInYears", "5")));
        assertEquals(Review.Outcome.ACCEPT, review.outcome());
    }

    @Test
    public void aCompleteIndividualBusinessRegistrationIsDecidedAtTheWindow() {
        SoleProprietorRegistrationHandler handler = new SoleProprietorRegistrationHandler();
        HandlerRun run = HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler)
                .fact("businessScope", "餐饮服务").build());
        assertEquals(CaseState.APPROVED, run.state());
        assertEquals("个体工商户营业执照", run.decision().orElseThrow().result());
        ReviewAssert.assertNotice(HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler)
                .without("premises").fact("byAgent", "true").build()).review(), "premises", "proxy", "businessScope");
    }

    @Test
    public void individualBusinessIsInstantAndOnlyForNaturalPersons() {
        SoleProprietorRegistrationHandler handler = new SoleProprietorRegistrationHandler();
        assertTrue(handler.item().instant());
        Review refused = handler.review(new Application("AMR-REG-02", ENTERPRISE, Set.of(), Map.of()));
        assertEquals(Review.Outcome.REFUSE, refused.outcome());
        assertTrue(refused.appealRoute().contains("行政复议"));
    }

    @Test
    public void prepackagedFoodOnlyIsRefusedWithTheFilingAdvice() {
        Review review = new FoodBusinessLicenceHandler().review(new Application("AMR-FBL-01", ENTERPRISE, Set.of(),
                Map.of("prepackagedOnly", "true")));
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.reason().zh().contains("备案"));
    }

    @Test
    public void vendingMaterialsAreRequiredOnlyForVendingMachines() {
        Set<String> all = Set.of("application-form", "business-licence", "layout", "safety-rules");
        FoodBusinessLicenceHandler handler = new FoodBusinessLicenceHandler();
        assertEquals(Review.Outcome.ACCEPT, handler.review(new Application("AMR-FBL-01", ENTERPRISE, all,
                Map.of("businessKinds", "单位食堂"))).outcome());
        Review review = handler.review(new Application("AMR-FBL-01", ENTERPRISE, all,
                Map.of("businessKinds", "食品销售", "vendingMachines", "true")));
        assertEquals(List.of("vending"), review.problems().stream().map(Problem::subject).toList());
    }
}
