package org.parkhall.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;
import org.parkhall.api.CaseState;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Decision;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.FormField;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

public class TestkitTest {
    /** An instant item requiring a form, plus a proxy letter when filed by an agent. */
    private static final ItemHandler INSTANT = new ItemHandler() {
        private final ServiceItem item = new ServiceItem("TEST-ITEM-01", Bilingual.of("测试事项", "test item"),
                new Department("test", Bilingual.of("测试局", "Test Bureau")), ItemKind.PUBLIC_SERVICE, 1, 0,
                new ServiceGuide(List.of(), List.of(Material.required("form", "申请表", Material.Form.ORIGINAL, 1, ""),
                        Material.conditional("proxy", "委托书", "委托办理的", Material.Form.ORIGINAL, 1, "")),
                        List.of("受理"), List.of(), List.of("测试依据"), Set.of(DeliveryMode.WINDOW_PICKUP), "窗口",
                        "工作日", "12345"));

        @Override
        public ServiceItem item() {
            return item;
        }

        @Override
        public Review review(Application application) {
            return Review.of(item.guide().missingMaterials(application, m -> application.flag("byAgent")));
        }

        @Override
        public Optional<Decision> decideInstantly(Application application) {
            return Optional.of(Decision.approve("证明"));
        }
    };

    /**
     * A registration whose form asks for the number of employees; the handler words what the form cannot say, and
     * on request reports a field its form does not declare.
     */
    private static ItemHandler withForm(boolean reportsUndeclaredField) {
        return new ItemHandler() {
            private final ServiceItem item = new ServiceItem("TEST-FORM-01", Bilingual.of("测试登记", "test filing"),
                    new Department("test", Bilingual.of("测试局", "Test Bureau")), ItemKind.PUBLIC_SERVICE, 5, 3,
                    new ServiceGuide(List.of(), List.of(Material.required("form", "申请表", Material.Form.ORIGINAL, 1,
                            "")), List.of("受理"), List.of(), List.of("测试依据"), Set.of(DeliveryMode.WINDOW_PICKUP),
                            "窗口", "工作日", "12345").withFields(
                                    FormField.integer("employees", "职工人数", "number of employees").atLeast(1),
                                    FormField.text("bankAccount", "开户银行账号", "bank account number")));

            @Override
            public ServiceItem item() {
                return item;
            }

            @Override
            public Review review(Application application) {
                List<Problem> problems = new ArrayList<>(item.guide().missingMaterials(application, m -> false));
                if (application.fact("bankAccount").startsWith("0")) {
                    problems.add(new Problem("bankAccount", Bilingual.of("账号不以0开头", "no account starts with 0")));
                }
                if (reportsUndeclaredField) {
                    problems.add(Problem.required("staff", "人员", "staff"));
                }
                return Review.of(problems);
            }
        };
    }

    @Test
    public void theFormsChecksJoinOnlyOnFieldsTheHandlerLeftAlone() {
        ItemHandler handler = withForm(false);
        Review review = HandlerRun.review(handler, ApplicationBuilder.applyingFor(handler).presentingNothing()
                .fact("employees", "0").fact("bankAccount", "0123").build());
        ReviewAssert.assertNotice(review, "form", "employees", "bankAccount");
        assertEquals("the handler's wording stands", "账号不以0开头", review.problems().get(2).reason().zh());
    }

    @Test
    public void aProblemOnAFieldTheFormDoesNotDeclareIsCaught() {
        ItemHandler handler = withForm(true);
        AssertionError error = assertThrows(AssertionError.class,
                () -> HandlerRun.intake(handler, ApplicationBuilder.applyingFor(handler).build()));
        assertTrue(error.getMessage(), error.getMessage().contains("staff"));
    }

    /** A free item whose every text is bilingual; its application form's English is {@code formEnglish}. */
    private static ServiceItem bilingualItem(String formEnglish) {
        return new ServiceItem("TEST-EN-01", Bilingual.of("测试备案", "test filing"),
                new Department("test", Bilingual.of("测试局", "Test Bureau")), ItemKind.PUBLIC_SERVICE, 1, 0,
                GuideDefaults.of(Set.of(DeliveryMode.WINDOW_PICKUP), Bilingual.of("窗口", "window"),
                        Bilingual.of("工作日", "working days"), Bilingual.of("12345", "12345"))
                        .guide(List.of(Bilingual.of("已登记", "registered")),
                                List.of(Material.required("form", Bilingual.of("申请表", formEnglish),
                                        Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("签字", "signed"))),
                                List.of(Bilingual.of("受理", "acceptance")), List.of(Bilingual.of("依据", "basis")))
                        .withFields(FormField.integer("staff", "人数", "staff").unit("人", "persons")));
    }

    @Test
    public void aGuideLackingItsEnglishIsCaughtWithEverythingMissing() {
        GuideAssert.assertEnglish(bilingualItem("application form"));
        AssertionError chineseOnly = assertThrows(AssertionError.class,
                () -> GuideAssert.assertEnglish(INSTANT.item()));
        for (String missing : List.of("step 1", "legal basis 1", "location", "hours", "consultation phone",
                "form name", "proxy condition")) {
            assertTrue(chineseOnly.getMessage(), chineseOnly.getMessage().contains(missing));
        }
        AssertionError untranslated = assertThrows(AssertionError.class,
                () -> GuideAssert.assertEnglish(bilingualItem("《申请表》")));
        assertTrue(untranslated.getMessage(), untranslated.getMessage().contains("form name (Chinese for English"));
        GuideAssert.assertEnglish(bilingualItem("form 申请表, as printed"));
    }

    @Test
    public void applicantsCarryValidNumbers() {
        assertTrue(IdentityNumbers.isValidIdCard(Applicants.person().idNumber()));
        assertTrue(IdentityNumbers.isValidCreditCode(Applicants.enterprise().idNumber()));
        assertEquals("11010519491231002X", Applicants.idCard("11010519491231002"));
    }

    @Test
    public void theBuilderPresentsEveryAlwaysRequiredMaterial() {
        HandlerRun run = HandlerRun.intake(INSTANT, ApplicationBuilder.applyingFor(INSTANT).build());
        assertEquals(CaseState.APPROVED, run.state());
        ReviewAssert.assertAccepted(run.review());
    }

    @Test
    public void noticesAreAssertedWithEveryProblem() {
        Application application = ApplicationBuilder.applyingFor(INSTANT).presentingNothing().fact("byAgent", "true")
                .build();
        HandlerRun run = HandlerRun.intake(INSTANT, application);
        assertEquals(CaseState.SUPPLEMENT_REQUIRED, run.state());
        ReviewAssert.assertNotice(run.review(), "form", "proxy");
        assertThrows(AssertionError.class, () -> ReviewAssert.assertNotice(run.review(), "form"));
    }

    @Test
    public void theDeclaredFormIsCheckedAsTheHallChecksIt() {
        ItemHandler withForm = new ItemHandler() {
            private final ServiceItem item = new ServiceItem("TEST-ITEM-02", Bilingual.of("测试事项", "test item"),
                    INSTANT.item().department(), ItemKind.PUBLIC_SERVICE, 1, 1,
                    INSTANT.item().guide().withFields(FormField.integer("workers", "职工人数", "number of workers")
                            .atLeast(1), FormField.BY_AGENT));

            @Override
            public ServiceItem item() {
                return item;
            }

            @Override
            public Review review(Application application) {
                return INSTANT.review(application);
            }
        };
        HandlerRun run = HandlerRun.intake(withForm, ApplicationBuilder.applyingFor(withForm).without("form")
                .fact("workers", "0").build());
        ReviewAssert.assertNotice(run.review(), "form", "workers");
        assertEquals(CaseState.ACCEPTED, HandlerRun.intake(withForm, ApplicationBuilder.applyingFor(withForm)
                .fact("workers", "3").build()).state());
    }
}
