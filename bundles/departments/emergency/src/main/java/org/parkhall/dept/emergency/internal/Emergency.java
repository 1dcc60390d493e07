package org.parkhall.dept.emergency.internal;

import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.FormField;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;

/**
 * What the emergency management department's items share (应急管理局): who it is, where and when it serves, common
 * rules. Its items are free of charge.
 */
final class Emergency {
    static final Department DEPARTMENT = new Department("emergency", Bilingual.of("应急管理局",
            "Emergency Management Bureau"));
    static final String APPEAL = "对决定不服的，可自收到决定之日起六十日内向本级人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼";

    /** Where and how every item of this department is handled; when is the hall's opening hours. */
    static final GuideDefaults WINDOW = GuideDefaults.of(
            Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS, DeliveryMode.ELECTRONIC),
            Bilingual.of("园区政务服务分中心 综合受理窗口（应急管理事项）",
                    "Park government service sub-centre, general intake window (emergency management)"),
            Bilingual.of("12345（政务服务便民热线）", "12345 (government service hotline)"));

    /** Filed when someone applies on the applicant's behalf (委托代理); {@link FormField#BY_AGENT} asks for it. */
    static final Material PROXY = Material.conditional("proxy",
            Bilingual.of("授权委托书及受托人身份证件", "power of attorney and the agent's identity document"),
            Bilingual.of("委托他人代为办理的", "when someone else applies on the applicant's behalf"),
            Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("委托书载明委托事项、权限和期限，由申请单位盖章",
                    "the power of attorney states what the agent may do and for how long, and bears the "
                            + "applicant's seal"));

    /** The business licence the licence and the precursor filing ask for. */
    static final Material BUSINESS_LICENCE = Material.required("business-licence",
            Bilingual.of("营业执照", "business licence"), Material.Form.COPY, 1)
            .withNotes(Bilingual.of("可出示电子营业执照", "the electronic business licence will do"));

    /**
     * Every item here concerns a production or business unit (生产经营单位), known by its credit code. A person
     * applying is usually the legal representative using their own ID by mistake, so it is a problem to correct,
     * not a refusal.
     */
    static final Bilingual UNIT_APPLIES = Bilingual.of(
            "请以生产经营单位名义、凭统一社会信用代码申请，不能以法定代表人或经办人个人名义申请",
            "apply in the business's name by its unified social credit code");

    private Emergency() {
    }
}
