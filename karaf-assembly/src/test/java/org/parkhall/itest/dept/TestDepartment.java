package org.parkhall.itest.dept;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

/**
 * A department bundle for the ITs, built by them around this activator (see {@code DepartmentJars}): its manifest
 * says which item it serves, which materials that item needs and how its handler behaves, so one class gives a
 * department that hangs, one that fails, and two versions of one whose v2 requires more than v1.
 */
public final class TestDepartment implements BundleActivator {
    public static final String ITEM = "Parkhall-Test-Item";
    public static final String DEPARTMENT = "Parkhall-Test-Department";
    public static final String MATERIALS = "Parkhall-Test-Materials";
    public static final String BEHAVIOUR = "Parkhall-Test-Behaviour";

    /** How the handler reviews: by the materials, by hanging past any limit, or by throwing. */
    public enum Behaviour { REVIEW, HANG, FAIL }

    /** A hang that ignores interruption, as a handler stuck in a foreign call would: it holds its thread. */
    static final long HANG_MILLIS = 20_000;

    @Override
    public void start(BundleContext context) {
        String department = context.getBundle().getHeaders().get(DEPARTMENT);
        List<Material> materials = Arrays.stream(context.getBundle().getHeaders().get(MATERIALS).split(","))
                .filter(code -> !code.isBlank())
                .map(code -> Material.required(code.strip(), "测试材料" + code.strip(), Material.Form.ORIGINAL, 1, ""))
                .toList();
        ServiceItem item = new ServiceItem(context.getBundle().getHeaders().get(ITEM),
                Bilingual.of("测试事项", "test item"),
                new Department(department, Bilingual.of("测试部门" + department, "test department " + department)),
                ItemKind.OTHER_POWER, 5, 3,
                new ServiceGuide(List.of("测试条件"), materials, List.of("申请", "受理", "决定"), List.of(),
                        List.of("《测试条例》第一条"), Set.of(DeliveryMode.WINDOW_PICKUP), "综合受理窗口",
                        "周一至周五 9:00-17:00", "0477-7600000"));
        Behaviour behaviour = Behaviour.valueOf(context.getBundle().getHeaders().get(BEHAVIOUR));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ItemHandler.ITEM_CODE, item.code());
        context.registerService(ItemHandler.class, new Handler(item, behaviour), properties);
    }

    @Override
    public void stop(BundleContext context) {
    }

    private record Handler(ServiceItem item, Behaviour behaviour) implements ItemHandler {
        @Override
        public Review review(Application application) {
            switch (behaviour) {
                case HANG -> hang();
                case FAIL -> throw new IllegalStateException("the test department fails on purpose");
                default -> {
                }
            }
            return Review.of(item.guide().missingMaterials(application, material -> false));
        }

        private static void hang() {
            long until = System.currentTimeMillis() + HANG_MILLIS;
            for (long left = HANG_MILLIS; left > 0; left = until - System.currentTimeMillis()) {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException ignored) {
                    // Stuck code does not notice: keep the thread, as the guard must expect.
                }
            }
        }
    }
}
