package org.parkhall.dept.tax.internal;

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
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;
import org.parkhall.testkit.Applicants;
import org.parkhall.testkit.ApplicationBuilder;
import org.parkhall.testkit.GuideAssert;
import org.parkhall.testkit.HandlerRun;

public class TaxHandlersTest {
    private final RegistrationConfirmationHandler registration = new RegistrationConfirmationHandler();
    private final InvoiceTypeHandler invoices = new InvoiceTypeHandler();
    private final GeneralTaxpayerRegistrationHandler generalTaxpayer = new GeneralTaxpayerRegistrationHandler();

    @Test
    public void everyItemIsAFreeBilingualTaxItemServedAtTheTaxWindow() {
        for (ItemHandler handler : List.of(registration, invoices, generalTaxpayer)) {
            ServiceItem item = handler.item();
            GuideAssert.assertEnglish(item);
            assertTrue("the proxy letter is asked for by a field", item.guide().field("byAgent").isPresent());
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
        assertTrue(registration.item().instant());
        assertEquals(0, registration.item().legalLimitDays());
        // The facts and material of the 企业开办一件事 bundle, as the hall passes them on.
        HandlerRun run = HandlerRun.intake(registration, ApplicationBuilder.applyingFor(registration)
                .by(Applicants.enterprise()).fact("companyName", "上海庙能源科技有限公司")
                .fact("accountingSystem", "小企业会计准则").fact("bankAccount", "6222020000000000000").build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        String result = run.decision().orElseThrow().result();
        assertTrue(result, result.contains(Applicants.enterprise().idNumber()));
    }

    @Test
    public void registrationConfirmationListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(registration, ApplicationBuilder.applyingFor(registration).presentingNothing()
                .fact("byAgent", "true").build()),
                "application-form", "proxy", "applicant", "accountingSystem", "bankAccount");
    }

    @Test
    public void invoiceTypesAreConfirmedByAnApproverWithinFiveWorkingDays() {
        assertFalse(invoices.item().instant());
        assertEquals(5, invoices.item().legalLimitDays());
        assertEquals(1, invoices.item().promisedLimitDays());
        HandlerRun run = HandlerRun.intake(invoices, invoices("数电发票（增值税专用发票）,数电发票（普通发票）").build());
        assertAccepted(run.review());
        assertEquals(CaseState.ACCEPTED, run.state());
    }

    @Test
    public void invoiceApplicationListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(invoices, ApplicationBuilder.applyingFor(invoices).presentingNothing()
                .fact("byAgent", "true").fact("paperInvoices", "true").build()),
                "application-form", "business-licence", "handler-id", "invoice-seal", "proxy", "applicant",
                "invoiceTypes", "realNameVerified");
    }

    @Test
    public void theInvoiceSealIsNeededOnlyForPaperInvoices() {
        assertNotice(HandlerRun.review(invoices, invoices("增值税普通发票（折叠票）").fact("paperInvoices", "true").build()),
                "invoice-seal");
    }

    @Test
    public void invoicesAreRefusedWhileTheTaxpayerRefusesToAcceptHandlingOfAViolation() {
        Review review = HandlerRun.review(invoices, invoices("数电发票（普通发票）").fact("refusesViolationHandling", "true").build());
        assertRefused(review, "第七十二条");
        assertTrue(review.appealRoute().contains("上一级税务机关申请行政复议"));
    }

    @Test
    public void salesOverTheStandardMustRegisterAndTakeEffectFromThatPeriod() {
        assertTrue(generalTaxpayer.item().instant());
        HandlerRun run = HandlerRun.intake(generalTaxpayer, generalTaxpayer("6200000").build());
        assertAccepted(run.review());
        assertEquals(CaseState.APPROVED, run.state());
        assertTrue(run.decision().orElseThrow().result().contains("超过规定标准的当期1日"));
    }

    @Test
    public void salesNotOverTheStandardNeedSoundAccounting() {
        for (String sales : List.of("3000000", "5000000")) {
            Review review = HandlerRun.review(generalTaxpayer, generalTaxpayer(sales).fact("soundAccounting", "false").build());
            assertNotice(review, "soundAccounting");
            assertTrue(sales, review.problems().get(0).reason().zh().contains("会计核算健全"));
        }
        HandlerRun voluntary = HandlerRun.intake(generalTaxpayer,
                generalTaxpayer("3000000").fact("soundAccounting", "true").build());
        assertAccepted(voluntary.review());
        assertEquals(CaseState.APPROVED, voluntary.state());
        assertTrue(voluntary.decision().orElseThrow().result().contains("办理登记的当期1日"));
    }

    @Test
    public void generalTaxpayerRegistrationListsEveryProblemAtOnce() {
        assertNotice(HandlerRun.review(generalTaxpayer, generalTaxpayer("-1").presentingNothing().fact("byAgent", "true")
                .build()), "application-form", "proxy", "annualSales");
    }

    @Test
    public void naturalPersonsAreRefusedGeneralTaxpayerRegistration() {
        Review review = HandlerRun.review(generalTaxpayer, generalTaxpayer("6200000").by(Applicants.person()).build());
        assertRefused(review, "自然人");
        assertTrue(review.appealRoute().contains("行政复议"));
    }

    /** A registered taxpayer whose officers did their real-name verification, with every material. */
    private ApplicationBuilder invoices(String invoiceTypes) {
        return ApplicationBuilder.applyingFor(invoices).by(Applicants.enterprise()).fact("invoiceTypes", invoiceTypes)
                .fact("realNameVerified", "true");
    }

    private ApplicationBuilder generalTaxpayer(String annualSales) {
        return ApplicationBuilder.applyingFor(generalTaxpayer).by(Applicants.enterprise())
                .fact("annualSales", annualSales);
    }
}
