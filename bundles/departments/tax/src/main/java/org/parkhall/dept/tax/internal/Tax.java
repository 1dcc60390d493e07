package org.parkhall.dept.tax.internal;

import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;

/**
 * What the tax department's items share: who it is (国家税务总局XX县税务局, shown as 税务局 like the other
 * stationed departments), where and when it serves, common rules. Tax matters are free of charge.
 */
final class Tax {
    static final Department DEPARTMENT = new Department("tax", Bilingual.of("税务局", "Tax Service"));
    /**
     * Tax offices are managed vertically, so review lies with the tax office one level up, not with the county
     * government (行政复议法 第二十七条).
     */
    static final String APPEAL = "对决定不服的，可自知道该决定之日起六十日内向上一级税务机关申请行政复议，"
            + "或者自知道之日起六个月内向人民法院提起行政诉讼";
    static final Set<DeliveryMode> DELIVERY = Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS,
            DeliveryMode.ELECTRONIC);

    /** Where and how every item of this department is handled; when is the hall's opening hours. */
    static final GuideDefaults WINDOW = GuideDefaults.of(DELIVERY,
            Bilingual.of("园区政务服务分中心 综合受理窗口（税务事项）",
                    "Park government service sub-centre, general intake window (tax matters)"),
            Bilingual.of("12366（纳税服务热线）", "12366 (taxpayer service hotline)"));

    /** Filed when someone acts for the taxpayer (委托代理); the agent's own ID is checked, not collected. */
    static final Material PROXY = Material.conditional("proxy", Bilingual.of("授权委托书", "power of attorney"),
            Bilingual.of("委托他人代为办理的", "when an agent acts for the taxpayer"), Material.Form.ORIGINAL, 1)
            .withNotes(Bilingual.of("载明委托事项、权限和期限，由纳税人签章；受托人出示本人身份证件并已完成实名信息采集",
                    "states the matter, powers and term, sealed by the taxpayer; the agent shows an ID document and "
                            + "has completed real-name registration"));

    private Tax() {
    }
}
