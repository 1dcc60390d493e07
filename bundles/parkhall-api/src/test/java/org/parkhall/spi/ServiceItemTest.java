package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

public class ServiceItemTest {
    private static final Department AMR = new Department("amr", Bilingual.of("市场监督管理局", "Market Regulation"));
    private static final ServiceGuide GUIDE = new ServiceGuide(List.of("依法设立"),
            List.of(Material.required("form", "申请书", Material.Form.ORIGINAL, 1, "")),
            List.of("受理", "审查", "决定"), List.of(), List.of("《中华人民共和国市场主体登记管理条例》"),
            Set.of(DeliveryMode.WINDOW_PICKUP), "综合受理窗口", "工作日 9:00-17:00", "0477-0000000");

    @Test
    public void anItemWithZeroPromisedDaysIsInstant() {
        ServiceItem item = new ServiceItem("AMR-BL-01", Bilingual.of("设立登记", "Registration"), AMR,
                ItemKind.ADMINISTRATIVE_LICENSE, 3, 0, GUIDE);
        assertTrue(item.instant());
        assertTrue(GUIDE.free());
    }

    @Test
    public void promisedLimitMayNotExceedTheLegalLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceItem("AMR-BL-01", Bilingual.of("设立登记", "Registration"), AMR,
                        ItemKind.ADMINISTRATIVE_LICENSE, 3, 5, GUIDE));
        assertTrue(e.getMessage(), e.getMessage().contains("exceeds the legal limit"));
    }

    @Test
    public void itemCodesFollowTheDepartmentPrefixedForm() {
        assertThrows(IllegalArgumentException.class, () -> new ServiceItem("amr bl", Bilingual.of("a", "b"), AMR,
                ItemKind.PUBLIC_SERVICE, 1, 1, GUIDE));
    }

    @Test
    public void aGuideRefusesDuplicateMaterialCodes() {
        Material form = Material.required("form", "申请书", Material.Form.ORIGINAL, 1, "");
        assertThrows(IllegalArgumentException.class, () -> new ServiceGuide(List.of(), List.of(form, form),
                List.of("受理"), List.of(), List.of("依据"), Set.of(DeliveryMode.EXPRESS), "窗口", "工作日", "123"));
    }

    @Test
    public void reviewsCarryEveryProblemOrNone() {
        assertEquals(Review.Outcome.ACCEPT, Review.of(List.of()).outcome());
        Problem missing = Problem.missing(GUIDE.materials().get(0));
        Review review = Review.of(List.of(missing, new Problem("capital", Bilingual.of("注册资本必须填写",
                "registered capital is required"))));
        assertEquals(Review.Outcome.SUPPLEMENT, review.outcome());
        assertEquals(2, review.problems().size());
        assertEquals("缺少申请书（原件1份）", missing.reason().zh());
        assertThrows(IllegalArgumentException.class, () -> Review.refuse(Bilingual.of("不属于本部门职权", "not ours"), ""));
    }
}
