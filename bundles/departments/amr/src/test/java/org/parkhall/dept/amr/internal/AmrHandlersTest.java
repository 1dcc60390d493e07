package org.parkhall.dept.amr.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.testkit.ReviewAssert.assertAccepted;
import static org.parkhall.testkit.ReviewAssert.assertNotice;
import static org.parkhall.testkit.ReviewAssert.assertRefused;

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

public class AmrHandlersTest {
    private final CompanyRegistrationHandler company = new CompanyRegistrationHandler();
    private final SoleProprietorRegistrationHandler soleProprietor = new SoleProprietorRegistrationHandler();
    private final FoodBusinessLicenceHandler food = new FoodBusinessLicenceHandler();

    @Test
    public void everyItemIsAFreeBilingualAmrItemServedAtTheAmrWindow() {
        for (ItemHandler handler : List.of(company, soleProprietor, food)) {
            ServiceItem item = handler.item();
            GuideAssert.assertEnglish(item);
            assertTrue("the proxy letter is asked for by a field", item.guide().field("byAgent").isPresent());
            assertTrue(item.code(), item.code().startsWith("AMR-"));
            assertEquals("amr", item.department().code());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("市场监管事项"));
            assertTrue(item.guide().consultationPhone().startsWith("12345"));
        }
    }

    @Test
    public void companyRegistrationListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(company, ApplicationBuilder.applyingFor(company).presentingNothing()
                .presenting("application-form").fact("companyName", "上海庙能源科技").fact("byAgent", "true")
                .fact("registeredCapital", "0").fact("shareholders", "51").fact("payInYears", "10").build()),
                "articles", "shareholder-ids", "premises", "proxy", "companyName", "registeredCapital",
                "shareholders", "payInYears");
    }

    @Test
    public void completeCompanyRegistrationIsAccepted() {
        HandlerRun run = HandlerRun.intake(company, ApplicationBuilder.applyingFor(company)
                .fact("companyName", "上海庙能源科技有限公司").fact("registeredCapital", "100")
                .fact("shareholders", "2").fact("payInYears", "5").build());
        assertAccepted(run.review());
        assertEquals(CaseState.ACCEPTED, run.state());
    }

    @Test
    public void aCompleteIndividualBusinessRegistrationIsDecidedAtTheWindow() {
        HandlerRun run = HandlerRun.intake(soleProprietor, ApplicationBuilder.applyingFor(soleProprietor)
                .fact("businessScope", "餐饮服务").build());
        assertEquals(CaseState.APPROVED, run.state());
        assertEquals("个体工商户营业执照", run.decision().orElseThrow().result());
        assertNotice(HandlerRun.intake(soleProprietor, ApplicationBuilder.applyingFor(soleProprietor)
                .without("premises").fact("byAgent", "true").build()).review(), "premises", "proxy", "businessScope");
    }

    @Test
    public void individualBusinessIsInstantAndOnlyForNaturalPersons() {
        assertTrue(soleProprietor.item().instant());
        Review refused = HandlerRun.review(soleProprietor, ApplicationBuilder.applyingFor(soleProprietor)
                .by(Applicants.enterprise()).presentingNothing().build());
        assertRefused(refused, "自然人");
        assertTrue(refused.appealRoute().contains("行政复议"));
    }

    @Test
    public void prepackagedFoodOnlyIsRefusedWithTheFilingAdvice() {
        assertRefused(HandlerRun.review(food, ApplicationBuilder.applyingFor(food).by(Applicants.enterprise()).presentingNothing()
                .fact("prepackagedOnly", "true").build()), "备案");
    }

    @Test
    public void vendingMaterialsAreRequiredOnlyForVendingMachines() {
        assertAccepted(HandlerRun.review(food, ApplicationBuilder.applyingFor(food).by(Applicants.enterprise())
                .fact("businessKinds", "单位食堂").build()));
        assertNotice(HandlerRun.review(food, ApplicationBuilder.applyingFor(food).by(Applicants.enterprise())
                .fact("businessKinds", "食品销售").fact("vendingMachines", "true").build()), "vending");
    }
}
