package org.parkhall.core.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.Fee;
import org.parkhall.spi.FormField;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

public class JsonTest {

    @Test
    public void aStoredItemReadsBackEqualToWhatItsHandlerDescribed() {
        ServiceItem item = new ServiceItem("AMR-FB-01", Bilingual.of("食品经营许可", "Food business licence"),
                new Department("amr", Bilingual.of("市场监督管理局", "Market Regulation")),
                ItemKind.ADMINISTRATIVE_LICENSE, 20, 10,
                new ServiceGuide(List.of("有与经营食品相适应的场所"),
                        List.of(Material.conditional("proxy", "授权委托书", "委托他人办理的", Material.Form.ORIGINAL, 1,
                                "载明委托事项")),
                        List.of("申请", "受理", "审查", "决定"),
                        List.of(new Fee("工本费", new BigDecimal("0.00"), "财税〔2014〕101号")),
                        List.of("《中华人民共和国食品安全法》第三十五条"),
                        Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS), "综合受理窗口",
                        "周一至周五 9:00-12:00, 14:30-17:30", "0477-7600000"));
        assertEquals(item, Json.GSON.fromJson(Json.GSON.toJson(item), ServiceItem.class));
    }

    @Test
    public void aStoredFormAndItsEnglishReadBackEqual() {
        ServiceItem item = new ServiceItem("HRSS-LR-01", Bilingual.of("特殊工时", "Special working hours"),
                new Department("hrss", Bilingual.of("人力资源和社会保障局", "Human Resources and Social Security")),
                ItemKind.ADMINISTRATIVE_LICENSE, 20, 10, GuideDefaults.of(Set.of(DeliveryMode.EXPRESS),
                        Bilingual.of("综合受理窗口", "general window"), Bilingual.of("工作日", "workdays"),
                        Bilingual.of("12333", "12333")).guide(List.of(Bilingual.of("依法设立", "lawfully established")),
                        List.of(Material.required("form", Bilingual.of("申请表", "application form"),
                                Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("盖章", "sealed"))),
                        List.of(Bilingual.of("受理", "acceptance")), List.of(Bilingual.of("《劳动法》", "Labour Law")))
                        .withFields(FormField.choice("scheme", "工时制度", "working-hours scheme",
                                        FormField.Choice.of("comprehensive", "综合计算工时工作制", "comprehensive hours")),
                                FormField.integer("workers", "涉及职工人数", "workers concerned").atLeast(1)
                                        .help("含劳务派遣人员", "agency workers included")
                                        .shownWhen("scheme", "comprehensive"),
                                FormField.money("investment", "投资额", "investment").unit("万元", "10,000 yuan"),
                                FormField.BY_AGENT));
        assertEquals(item, Json.GSON.fromJson(Json.GSON.toJson(item), ServiceItem.class));
    }
}
