package org.parkhall.dept.hrss.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.FormField;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;

/**
 * What the human resources and social security department's items share (人力资源和社会保障局, with its social
 * insurance agency 社会保险经办机构 and public employment service): who it is, where and when it serves, common
 * rules. Its items are free of charge.
 */
final class Hrss {
    static final Department DEPARTMENT = new Department("hrss", Bilingual.of("人力资源和社会保障局",
            "Human Resources and Social Security Bureau"));
    /**
     * The bureau and the agency it manages are county bodies, so review lies with the county government; since the
     * 2023 revision a department one level up no longer takes such cases (行政复议法 第二十四条).
     */
    static final String APPEAL = "对决定不服的，可自知道该决定之日起六十日内向本级人民政府申请行政复议，"
            + "或者自知道之日起六个月内向人民法院提起行政诉讼";

    /** Where and how every item of this department is handled; when is the hall's opening hours. */
    static final GuideDefaults WINDOW = GuideDefaults.of(
            Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS, DeliveryMode.ELECTRONIC),
            Bilingual.of("园区政务服务分中心 综合受理窗口（人社事项）",
                    "Park government service sub-centre, general intake window (human resources and social "
                            + "security)"),
            Bilingual.of("12333（人社服务热线）", "12333 (human resources and social security hotline)"));

    /** Filed when someone applies on the employer's behalf (委托代理); {@link FormField#BY_AGENT} asks for it. */
    static final Material PROXY = Material.conditional("proxy",
            Bilingual.of("授权委托书及受托人身份证件", "power of attorney and the agent's identity document"),
            Bilingual.of("委托他人代为办理的", "when someone else applies on the employer's behalf"),
            Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                    "委托书载明委托事项、权限和期限，加盖单位印章；受托人身份证件查验后退还",
                    "the power of attorney states what the agent may do and for how long, and bears the employer's "
                            + "seal; the agent's identity document is checked and returned"));

    /** Only the employer applies, known by its credit code; a person applying is asked to correct that. */
    static final Bilingual EMPLOYER_APPLIES = Bilingual.of(
            "请以用人单位名义、凭统一社会信用代码申请，不能以法定代表人或经办人个人名义申请",
            "apply in the employer's name by its unified social credit code, not in a person's name");

    /** Dates are declared and deadlines counted in the county's local time. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Hrss() {
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
