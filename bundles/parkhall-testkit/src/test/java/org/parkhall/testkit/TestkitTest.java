package org.parkhall.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

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
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
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
