package org.parkhall.dept.hrss.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.FactChecks;
import org.parkhall.spi.FormField;
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
    /** 中央直属企业 apply to the Ministry (审批办法 第七条), so they are refused here. */
    private static final FormField CENTRAL_ENTERPRISE = FormField.yesNo("centralEnterprise", "中央直属企业",
            "central state-owned enterprise");
    private static final String COMPREHENSIVE = "comprehensive";
    private static final FormField SCHEME = FormField.choice("scheme", "工时制度", "working-hours scheme",
            FormField.Choice.of("irregular", "不定时工作制", "irregular working hours"),
            FormField.Choice.of(COMPREHENSIVE, "综合计算工时工作制", "comprehensive working hours"))
            .help("一次申请一种", "one scheme per application");
    /** The periods hours may be averaged over (审批办法 第五条); irregular hours are not counted against one. */
    private static final FormField PERIOD = FormField.choice("period", "综合计算周期", "averaging period",
            FormField.Choice.of("week", "周", "week"), FormField.Choice.of("month", "月", "month"),
            FormField.Choice.of("quarter", "季", "quarter"), FormField.Choice.of("year", "年", "year"))
            .shownWhen(SCHEME.key(), COMPREHENSIVE);
    private static final FormField POSITIONS = FormField.text("positions", "实行特殊工时制度的岗位",
            "posts concerned");
    private static final FormField WORKERS = FormField.integer("workers", "涉及职工人数",
            "number of employees concerned").atLeast(1);

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("企业实行不定时工作制和综合计算工时工作制审批",
                    "Approval of irregular or comprehensive working hours for an enterprise"),
            Hrss.DEPARTMENT, ItemKind.ADMINISTRATIVE_LICENSE, 20, 10, Hrss.WINDOW.guide(
                    List.of(Bilingual.of("因生产特点、工作特殊需要或职责范围的关系，部分岗位不能实行每日工作八小时、"
                                            + "每周工作四十小时的标准工时制度",
                                    "because of the nature of production, the special needs of the work or the "
                                            + "scope of duties, some posts cannot keep to the standard eight hours "
                                            + "a day and forty hours a week"),
                            Bilingual.of("不定时工作制适用于高级管理人员、外勤、推销、部分值班人员，长途运输、部分装卸人员"
                                            + "等无法按标准工作时间衡量或需机动作业的职工",
                                    "irregular hours suit employees whose work cannot be measured in standard "
                                            + "hours or must be flexible: senior managers, field and sales staff, "
                                            + "some on-call staff, long-distance drivers and some loading staff"),
                            Bilingual.of("综合计算工时工作制以周、月、季、年为周期综合计算，平均日工作时间和平均周工作时间"
                                            + "应与法定标准工作时间基本相同，适用于需连续作业或受季节和自然条件限制的职工",
                                    "comprehensive hours are averaged over a week, month, quarter or year, and "
                                            + "the average daily and weekly hours must be about the statutory "
                                            + "standard; they suit employees in continuous operations or whose "
                                            + "work depends on the season or the weather"),
                            Bilingual.of("经职工代表大会或全体职工讨论，与工会或职工代表平等协商，并采用集中工作、集中休息、"
                                            + "轮休调休、弹性工作时间等方式保障职工休息休假权利",
                                    "the workers' congress or all employees have discussed the scheme and it was "
                                            + "negotiated with the trade union or employee representatives; rest "
                                            + "and leave are ensured by blocks of work and rest, rotating days "
                                            + "off, flexible hours or the like"),
                            Bilingual.of("中央直属企业报人力资源社会保障部批准，不在本窗口办理",
                                    "central state-owned enterprises apply to the Ministry of Human Resources and "
                                            + "Social Security, not at this window")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("企业实行不定时工作制和综合计算工时工作制申请表",
                                            "application form for irregular or comprehensive working hours"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "写明工时制度、岗位、人数及申请期限，加盖单位印章",
                                            "states the scheme, the posts, the number of employees and the term "
                                                    + "applied for; bears the employer's seal")),
                            Material.required("work-plan",
                                    Bilingual.of("实行特殊工时制度的岗位说明及工作、休息休假安排方案",
                                            "description of the posts concerned and plan of their work, rest and "
                                                    + "leave"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "说明岗位不能实行标准工时的理由；综合计算工时的写明计算周期和工时安排",
                                            "explains why the posts cannot keep to standard hours; for "
                                                    + "comprehensive hours, gives the averaging period and the "
                                                    + "working-time arrangement")),
                            Material.required("staff-opinion",
                                    Bilingual.of("工会或职工代表意见",
                                            "opinion of the trade union or employee representatives"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "职工代表大会或全体职工讨论、与工会或职工代表协商的书面意见",
                                            "the written outcome of the discussion by the workers' congress or "
                                                    + "all employees and of the consultation with the trade union "
                                                    + "or employee representatives")),
                            Hrss.PROXY),
                    List.of(Bilingual.of("用人单位在综合窗口提交申请",
                                    "the employer applies at the general window"),
                            Bilingual.of("窗口受理并分转人社局",
                                    "the window accepts the application and passes it to the Human Resources and "
                                            + "Social Security Bureau"),
                            Bilingual.of("审查岗位和工时安排，必要时现场核查并听取职工意见",
                                    "the bureau examines the posts and the working-time arrangements, visiting "
                                            + "the site and hearing the employees where needed"),
                            Bilingual.of("作出准予或不予许可决定，准予的写明岗位、人数、工时制度和期限",
                                    "the bureau grants or refuses approval; an approval names the posts, the "
                                            + "number of employees, the scheme and its term"),
                            Bilingual.of("窗口领取、快递或电子送达决定书",
                                    "the decision is collected at the window, sent by express delivery or "
                                            + "delivered electronically")),
                    List.of(Bilingual.of("《中华人民共和国劳动法》第三十九条",
                                    "Labour Law of the PRC, article 39"),
                            Bilingual.of("《国务院关于职工工作时间的规定》第五条",
                                    "Provisions of the State Council on Employees' Working Hours, article 5"),
                            Bilingual.of("《关于企业实行不定时工作制和综合计算工时工作制的审批办法》（劳部发〔1994〕503号）"
                                            + "第四条至第七条",
                                    "Measures for the Approval of Irregular and Comprehensive Working Hours in "
                                            + "Enterprises (Lao Bu Fa [1994] No. 503), articles 4 to 7"),
                            Bilingual.of("《中华人民共和国劳动合同法》第四条",
                                    "Labour Contract Law of the PRC, article 4"),
                            Bilingual.of("《中华人民共和国行政许可法》第四十二条",
                                    "Administrative Licensing Law of the PRC, article 42"),
                            Bilingual.of("《法律、行政法规、国务院决定设定的行政许可事项清单（2022年版）》"
                                            + "（国办发〔2022〕2号）",
                                    "List of Administrative Licences Set by Laws, Administrative Regulations and "
                                            + "State Council Decisions, 2022 edition (Guo Ban Fa [2022] No. 2)")))
                    .withFields(CENTRAL_ENTERPRISE, SCHEME, PERIOD, POSITIONS, WORKERS, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        if (application.flag(CENTRAL_ENTERPRISE.key())) {
            return Review.refuse(Bilingual.of(
                    "中央直属企业实行不定时工作制和综合计算工时工作制，经国务院行业主管部门审核，"
                            + "报人力资源社会保障部批准，不属于本局职权范围，请向其申请",
                    "central enterprises apply to the Ministry of Human Resources and Social Security, "
                            + "not to the county bureau"), Hrss.APPEAL);
        }
        // The form checks the scheme, its period, the posts and the headcount.
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Hrss.PROXY && application.flag(FormField.BY_AGENT.key())));
        FactChecks.requireEnterprise(application, Hrss.EMPLOYER_APPLIES, problems);
        return Review.of(problems);
    }
}
