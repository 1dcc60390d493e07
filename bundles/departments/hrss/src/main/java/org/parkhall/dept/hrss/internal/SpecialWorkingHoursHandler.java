package org.parkhall.dept.hrss.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.FactChecks;
import org.parkhall.spi.ItemCode;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

/**
 * 企业实行不定时工作制和综合计算工时工作制审批 — an enterprise whose production cannot keep to the standard eight
 * hours a day and forty a week asks to use irregular working hours (不定时工作制) or hours averaged over a period
 * (综合计算工时工作制) for some posts (劳动法 第三十九条). An administrative licence decided by an approver within
 * twenty working days (行政许可法 第四十二条); county bureaus approve local enterprises, while central enterprises
 * (中央直属企业) go to the Ministry, so their applications are refused with that advice (审批办法 第七条).
 */
@Component(service = ItemHandler.class)
@ItemCode(SpecialWorkingHoursHandler.CODE)
public final class SpecialWorkingHoursHandler implements ItemHandler {
    static final String CODE = "HRSS-LR-01";
    private static final String IRREGULAR = "irregular";
    private static final String COMPREHENSIVE = "comprehensive";
    /** The periods hours may be averaged over: week, month, quarter, year (审批办法 第五条). */
    private static final Set<String> PERIODS = Set.of("week", "month", "quarter", "year");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("企业实行不定时工作制和综合计算工时工作制审批",
                    "Approval of irregular or comprehensive working hours for an enterprise"),
            Hrss.DEPARTMENT, ItemKind.ADMINISTRATIVE_LICENSE, 20, 10, Hrss.WINDOW.freeGuide(
                    List.of("因生产特点、工作特殊需要或职责范围的关系，部分岗位不能实行每日工作八小时、"
                                    + "每周工作四十小时的标准工时制度",
                            "不定时工作制适用于高级管理人员、外勤、推销、部分值班人员，长途运输、部分装卸人员"
                                    + "等无法按标准工作时间衡量或需机动作业的职工",
                            "综合计算工时工作制以周、月、季、年为周期综合计算，平均日工作时间和平均周工作时间"
                                    + "应与法定标准工作时间基本相同，适用于需连续作业或受季节和自然条件限制的职工",
                            "经职工代表大会或全体职工讨论，与工会或职工代表平等协商，并采用集中工作、集中休息、"
                                    + "轮休调休、弹性工作时间等方式保障职工休息休假权利",
                            "中央直属企业报人力资源社会保障部批准，不在本窗口办理"),
                    List.of(Material.required("application-form", "企业实行不定时工作制和综合计算工时工作制申请表",
                                    Material.Form.ORIGINAL, 1, "写明工时制度、岗位、人数及申请期限，加盖单位印章"),
                            Material.required("work-plan", "实行特殊工时制度的岗位说明及工作、休息休假安排方案",
                                    Material.Form.ORIGINAL, 1,
                                    "说明岗位不能实行标准工时的理由；综合计算工时的写明计算周期和工时安排"),
                            Material.required("staff-opinion", "工会或职工代表意见", Material.Form.ORIGINAL, 1,
                                    "职工代表大会或全体职工讨论、与工会或职工代表协商的书面意见"),
                            Hrss.PROXY),
                    List.of("用人单位在综合窗口提交申请", "窗口受理并分转人社局",
                            "审查岗位和工时安排，必要时现场核查并听取职工意见",
                            "作出准予或不予许可决定，准予的写明岗位、人数、工时制度和期限",
                            "窗口领取、快递或电子送达决定书"),
                    List.of("《中华人民共和国劳动法》第三十九条",
                            "《国务院关于职工工作时间的规定》第五条",
                            "《关于企业实行不定时工作制和综合计算工时工作制的审批办法》（劳部发〔1994〕503号）"
                                    + "第四条至第七条",
                            "《中华人民共和国劳动合同法》第四条",
                            "《中华人民共和国行政许可法》第四十二条",
                            "《法律、行政法规、国务院决定设定的行政许可事项清单（2022年版）》（国办发〔2022〕2号）")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        if (application.flag("centralEnterprise")) {
            return Review.refuse(Bilingual.of(
                    "中央直属企业实行不定时工作制和综合计算工时工作制，经国务院行业主管部门审核，"
                            + "报人力资源社会保障部批准，不属于本局职权范围，请向其申请",
                    "central enterprises apply to the Ministry of Human Resources and Social Security, "
                            + "not to the county bureau"), Hrss.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Hrss.PROXY && application.flag("byAgent")));
        FactChecks.requireEnterprise(application, Hrss.EMPLOYER_APPLIES, problems);
        String scheme = application.fact("scheme");
        if (!scheme.equals(IRREGULAR) && !scheme.equals(COMPREHENSIVE)) {
            problems.add(new Problem("scheme", Bilingual.of(
                    "请选择工时制度：irregular（不定时工作制）或 comprehensive（综合计算工时工作制），一次申请一种",
                    "working-hours scheme must be irregular or comprehensive")));
        }
        // Only averaged hours have a period; irregular hours are not counted against one.
        if (scheme.equals(COMPREHENSIVE) && !PERIODS.contains(application.fact("period"))) {
            problems.add(new Problem("period", Bilingual.of(
                    "综合计算工时工作制须选择计算周期：week（周）、month（月）、quarter（季）或 year（年）",
                    "comprehensive hours need a period: week, month, quarter or year")));
        }
        if (application.fact("positions").isBlank()) {
            problems.add(Problem.required("positions", "实行特殊工时制度的岗位", "positions concerned"));
        }
        FactChecks.wholeNumber(application, "workers", "涉及职工人数", "number of workers concerned", 1,
                FactChecks.NO_MAXIMUM, problems);
        return Review.of(problems);
    }
}
