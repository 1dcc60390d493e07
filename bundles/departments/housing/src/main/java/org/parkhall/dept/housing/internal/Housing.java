package org.parkhall.dept.housing.internal;

import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.FormField;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;

/**
 * What the housing and construction department's items share (住房和城乡建设局, 住建局): who it is, where and when
 * it serves, common rules. Its items are free of charge.
 */
final class Housing {
    static final Department DEPARTMENT = new Department("housing", Bilingual.of("住房和城乡建设局",
            "Housing and Urban-Rural Development Bureau"));
    /** The bureau is a department of the county government, so review lies with that government. */
    static final String APPEAL = "对决定不服的，可自知道该决定之日起六十日内向县人民政府申请行政复议，"
            + "或者自知道之日起六个月内向人民法院提起行政诉讼";

    /** Where and how every item of this department is handled; when is the hall's opening hours. */
    static final GuideDefaults WINDOW = GuideDefaults.of(
            Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS, DeliveryMode.ELECTRONIC),
            Bilingual.of("园区政务服务分中心 综合受理窗口（住建事项）",
                    "Park government service sub-centre, general intake window (housing and construction)"),
            Bilingual.of("12345（政务服务便民热线）", "12345 (government service hotline)"));

    /** Filed when someone applies on the applicant's behalf (委托代理); {@link FormField#BY_AGENT} asks for it. */
    static final Material PROXY = Material.conditional("proxy",
            Bilingual.of("授权委托书及受托人身份证件", "power of attorney and the agent's identity document"),
            Bilingual.of("委托他人代为办理的", "when someone else applies on the applicant's behalf"),
            Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("委托书载明委托事项、权限和期限，由申请单位盖章",
                    "the power of attorney states what the agent may do and for how long, and bears the "
                            + "applicant's seal"));

    /** 工程名称, asked by the permit and the completion filing alike. */
    static final FormField PROJECT_NAME = FormField.text("projectName", "工程名称", "project name");

    /** Construction items are applied for by the project owner (建设单位), never by a person in their own name. */
    static final Bilingual OWNER_APPLIES = Bilingual.of(
            "请以建设单位名义、凭其统一社会信用代码申请，不能以法定代表人或经办人个人名义申请",
            "apply in the project owner's name by its unified social credit code, not in a person's name");

    private Housing() {
    }
}
