package org.parkhall.dept.tax.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import org.parkhall.testkit.HandlerRun;

public class TaxHandlersTest {
    private static final Applicant PERSON = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
            "13812345678");
    private static final Applicant ENTERPRISE = new Applicant(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "上海庙能源科技有限公司", "0477-7612345");
    private static final Set<String> INVOICE_MATERIALS = Set.of("application-form", "business-licence", "handler-id");

    @Test
    public void everyItemIsAFreeTaxItemServedAtTheTaxWindow() {
        for (ItemHandler handler : List.of(new RegistrationConfirmationHandler(), new InvoiceTypeHandler(),
                new GeneralTaxpayerRegistrationHandler())) {
            ServiceItem item = handler.item();
            assertTrue(item.code(), item.code().startsWith("TAX-"));
            assertEquals("tax", item.department().code());
            assertEquals(ItemKind.ADMINISTRATIVE_CONFIRMATION, item.kind());
            assertTrue(item.guide().free());
            assertTrue(item.guide().location().contains("税务事项"));
            assertTrue(item.guide().consultationPhone().startsWith("12366"));
        }
    }

    @Test
    public void registrationConfirmationIsDecidedAtTheWindow() {
        RegistrationConfirmationHandler handler = new RegistrationConfirmationHandler();
        assertTrue(handler.item().instant());
        assertEquals(0, handler.item().legalLimitDays());
        // The facts and material of the 企业开办一件事 bundle, as the hall passes them on.
        Application application = new Application("TAX-REG-01", ENTERPRISE, Set.of("application-form"),
                Map.of("companyName", "上海庙能源科技有限公司", "accountingSystem", "小企业会计准则",
                        "bankAccount", "6222020000000000000"));
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        Decision decision = handler.decideInstantly(application).orElseThrow();
        assertTrue(decision.approved());
        assertTrue(decision.result(), decision.result().contains("91350100M000100Y43"));
    }

    @Test
    public void registrationConfirmationListsEveryProblemAtOnce() {
        Review review = HandlerRun.intake(new RegistrationConfirmationHandler(), new Application("TAX-REG-01",
                PERSON, Set.of(), Map.of("byAgent", "true"))).review();
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("application-form", "proxy", "applicant", "accountingSystem", "bankAccount"),
                subjects(review));
    }

    @Test
    public void invoiceTypesAreConfirmedByAnApproverWithinFiveWorkingDays() {
        InvoiceTypeHandler handler = new InvoiceTypeHandler();
        assertFalse(handler.item().instant());
        assertEquals(5, handler.item().legalLimitDays());
        assertEquals(1, handler.item().promisedLimitDays());
        Review review = handler.review(new Application("TAX-INV-01", ENTERPRISE, INVOICE_MATERIALS,
                Map.of("invoiceTypes", "数电发票（增值税专用发票）,数电发票（普通发票）", "realNameVerified", "true")));
        assertEquals(Review.Outcome.ACCEPT, review.outcome());
    }

    @Test
    public void invoiceApplicationListsEveryProblemAtOnce() {
        Review review = HandlerRun.intake(new InvoiceTypeHandler(), new Application("TAX-INV-01", PERSON, Set.of(),
                Map.of("byAgent", "true", "paperInvoices", "true"))).review();
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(List.of("application-form", "business-licence", "handler-id", "invoice-seal", "proxy",
                "applicant", "invoiceTypes", "realNameVerified"), subjects(review));
    }

    @Test
    public void theInvoiceSealIsNeededOnlyForPaperInvoices() {
        InvoiceTypeHandler handler = new InvoiceTypeHandler();
        Map<String, String> paper = Map.of("invoiceTypes", "增值税普通发票（折叠票）", "paperInvoices", "true",
                "realNameVerified", "true");
        assertEquals(List.of("invoice-seal"),
                subjects(handler.review(new Application("TAX-INV-01", ENTERPRISE, INVOICE_MATERIALS, paper))));
    }

    @Test
    public void invoicesAreRefusedWhileTheTaxpayerRefusesToAcceptHandlingOfAViolation() {
        Review review = new InvoiceTypeHandler().review(new Application("TAX-INV-01", ENTERPRISE, INVOICE_MATERIALS,
                Map.of("invoiceTypes", "数电发票（普通发票）", "realNameVerified", "true",
                        "refusesViolationHandling", "true")));
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.reason().zh().contains("第七十二条"));
        assertTrue(review.appealRoute().contains("上一级税务机关申请行政复议"));
    }

    @Test
    public void salesOverTheStandardMustRegisterAndTakeEffectFromThatPeriod() {
        GeneralTaxpayerRegistrationHandler handler = new GeneralTaxpayerRegistrationHandler();
        assertTrue(handler.item().instant());
        Application application = new Application("TAX-GVT-01", ENTERPRISE, Set.of("application-form"),
                Map.of("annualSales", "6200000"));
        assertEquals(Review.Outcome.ACCEPT, handler.review(application).outcome());
        assertTrue(handler.decideInstantly(application).orElseThrow().result().contains("超过规定标准的当期1日"));
    }

    @Test
    public void salesNotOverTheStandardNeedSoundAccounting() {
        GeneralTaxpayerRegistrationHandler handler = new GeneralTaxpayerRegistrationHandler();
        for (String sales : List.of("3000000", "5000000")) {
            Review review = handler.review(new Application("TAX-GVT-01", ENTERPRISE, Set.of("application-form"),
                    Map.of("annualSales", sales, "soundAccounting", "false")));
            assertEquals(sales, List.of("soundAccounting"), subjects(review));
            assertTrue(review.problems().get(0).reason().zh().contains("会计核算健全"));
        }
        Application voluntary = new Application("TAX-GVT-01", ENTERPRISE, Set.of("application-form"),
                Map.of("annualSales", "3000000", "soundAccounting", "true"));
        assertEquals(Review.Outcome.ACCEPT, handler.review(voluntary).outcome());
        assertTrue(handler.decideInstantly(voluntary).orElseThrow().result().contains("办理登记的当期1日"));
    }

    @Test
    public void generalTaxpayerRegistrationListsEveryProblemAtOnce() {
        Review review = HandlerRun.intake(new GeneralTaxpayerRegistrationHandler(), new Application("TAX-GVT-01",
                ENTERPRISE, Set.of(), Map.of("byAgent", "true", "annualSales", "-1"))).review();
        assertEquals(List.of("application-form", "proxy", "annualSales"), subjects(review));
    }

    @Test
    public void naturalPersonsAreRefusedGeneralTaxpayerRegistration() {
        Review review = new GeneralTaxpayerRegistrationHandler().review(new Application("TAX-GVT-01", PERSON,
                Set.of("application-form"), Map.of("annualSales", "6200000")));
        assertEquals(Review.Outcome.REFUSE, review.outcome());
        assertTrue(review.appealRoute().contains("行政复议"));
    }

    private static List<String> subjects(Review review) {
        return review.problems().stream().map(Problem::subject).toList();
    }
}
