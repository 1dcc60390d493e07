package org.parkhall.dept.emergency.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Decision;
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
 * 生产经营单位生产安全事故应急预案备案 — filing a unit's production safety accident emergency plan within 20
 * working days of its publication (生产安全事故应急预案管理办法 第二十六条). The law gives five working days to check
 * the materials and issue the 备案登记表 (第二十八条); the hall files complete materials at the window (即办件).
 * High-risk units (第二十一条: hazardous chemicals with storage, chemical works, mines and the like) must have had
 * the plan reviewed by experts (评审); others may just have it assessed (论证).
 */
@Component(service = ItemHandler.class)
@ItemCode(EmergencyPlanFilingHandler.CODE)
public final class EmergencyPlanFilingHandler implements ItemHandler {
    static final String CODE = "EMG-PLAN-01";
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    private static final FormField PUBLISHED_ON = FormField.date("publishedOn", "应急预案公布日期",
            "date the plan was published");
    /** The units of 管理办法 第二十一条, whose plans must be reviewed by experts (评审), not just assessed (论证). */
    private static final FormField HIGH_RISK = FormField.yesNo("highRisk", "属于须评审的生产经营单位",
            "a unit whose plan must be reviewed by experts").help(
                    "矿山、金属冶炼、危险化学品生产、经营（带储存设施）、储存、运输企业，使用危险化学品达到国家规定数量的"
                            + "化工企业等",
                    "mines, metal smelters, enterprises producing, trading (with storage), storing or carrying "
                            + "hazardous chemicals, chemical works using them above the national thresholds, and "
                            + "the like");
    private static final FormField EVALUATED = FormField.yesNo("evaluated", "预案已经专家评审并形成书面评审纪要",
            "the plan was reviewed by experts, with written minutes").shownWhen(HIGH_RISK.key(), "true");

    private static final Material REVIEW_MINUTES = Material.conditional("review-minutes",
            Bilingual.of("应急预案评审意见（书面评审纪要）", "expert review of the plan (written review minutes)"),
            Bilingual.of("属于《生产安全事故应急预案管理办法》第二十一条所列须评审的生产经营单位的",
                    "for a unit whose plan must be reviewed under article 21 of the Measures for the "
                            + "Administration of Emergency Plans for Production Safety Accidents"),
            Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("评审人员应包括安全生产及应急管理方面的专家",
                    "the reviewers include experts in production safety and emergency management"));

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("生产经营单位生产安全事故应急预案备案",
                    "Filing of a production safety accident emergency plan"), Emergency.DEPARTMENT,
            ItemKind.OTHER_POWER, 5, 0, Emergency.WINDOW.guide(
                    List.of(Bilingual.of("应急预案已经评审或者论证，由本单位主要负责人签署公布",
                                    "the plan has been reviewed or assessed, and signed and published by the "
                                            + "unit's principal"),
                            Bilingual.of("自应急预案公布之日起20个工作日内申请备案",
                                    "file within 20 working days of the plan's publication"),
                            Bilingual.of("矿山、金属冶炼、危险化学品生产、经营（带储存设施）、储存、运输企业，使用危险化学品达到国家规定"
                                            + "数量的化工企业等单位，应急预案须经评审并形成书面评审纪要",
                                    "mines, metal smelters, enterprises producing, trading (with storage "
                                            + "facilities), storing or carrying hazardous chemicals, chemical works "
                                            + "using hazardous chemicals above the national thresholds and similar "
                                            + "units must have their plan reviewed by experts, with written "
                                            + "minutes")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("应急预案备案申报表", "emergency plan filing form"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("由本单位主要负责人签字并加盖单位公章",
                                            "signed by the unit's principal and bearing the unit's official "
                                                    + "seal")),
                            REVIEW_MINUTES,
                            Material.required("plan",
                                    Bilingual.of("应急预案文本及电子文档", "the emergency plan, on paper and as a file"),
                                    Material.Form.ELECTRONIC, 1).withNotes(Bilingual.of(
                                            "含综合应急预案、专项应急预案和现场处置方案",
                                            "the overall plan, the special plans and the on-site response "
                                                    + "procedures")),
                            Material.required("risk-assessment",
                                    Bilingual.of("风险评估结果和应急资源调查清单",
                                            "risk assessment results and inventory of emergency resources"),
                                    Material.Form.ORIGINAL, 1),
                            Emergency.PROXY),
                    List.of(Bilingual.of("生产经营单位在综合窗口提交备案材料",
                                    "the unit hands in the filing materials at the general window"),
                            Bilingual.of("窗口核对材料", "the window checks the materials"),
                            Bilingual.of("材料齐全的当场予以备案，出具应急预案备案登记表",
                                    "complete materials are filed on the spot, and the filing registration form "
                                            + "is issued"),
                            Bilingual.of("材料不齐全的不予备案，一次性告知需要补齐的材料",
                                    "incomplete materials are not filed; the unit is told at once everything it "
                                            + "must add")),
                    List.of(Bilingual.of("《中华人民共和国安全生产法》第八十一条",
                                    "Work Safety Law of the PRC, article 81"),
                            Bilingual.of("《生产安全事故应急预案管理办法》（应急管理部令第2号）第二十一条、第二十六条、第二十七条、"
                                            + "第二十八条",
                                    "Measures for the Administration of Emergency Plans for Production Safety "
                                            + "Accidents (Ministry of Emergency Management Decree No. 2), articles "
                                            + "21, 26, 27 and 28")))
                    .withFields(PUBLISHED_ON, HIGH_RISK, EVALUATED, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        boolean highRisk = application.flag(HIGH_RISK.key());
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Emergency.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == REVIEW_MINUTES && highRisk));
        FactChecks.requireEnterprise(application, Emergency.UNIT_APPLIES, problems);
        checkPublishedOn(application, problems);
        if (highRisk && !application.flag(EVALUATED.key())) {
            problems.add(new Problem(EVALUATED.key(), Bilingual.of(
                    "本单位属于须评审的生产经营单位，应急预案须先组织专家评审并形成书面评审纪要，再由主要负责人签署公布",
                    "a high-risk unit's plan must be reviewed by experts, with written minutes, before it is "
                            + "published")));
        }
        return Review.of(problems);
    }

    /** Complete materials are filed at the window: the filing form is issued on the spot. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("应急预案备案登记表"));
    }

    /**
     * The plan must have been published: a date to come means it is not yet. Filing after the 20 working days is
     * still accepted: the law punishes a unit that does not file (管理办法 第四十五条), so refusing a late filing
     * would only keep it unfiled. The form asks for the date and checks it is one.
     */
    private static void checkPublishedOn(Application application, List<Problem> problems) {
        String given = application.fact(PUBLISHED_ON.key());
        if (PUBLISHED_ON.check(given).isEmpty()
                && FactChecks.pastDate(application, PUBLISHED_ON.key(), LocalDate.now(HALL_ZONE)).isEmpty()) {
            problems.add(new Problem(PUBLISHED_ON.key(), Bilingual.of("应急预案公布日期不能晚于今天；"
                    + "尚未公布的预案，请在主要负责人签署公布后备案",
                    "the plan's publication date cannot be after today; file once the plan is published")));
        }
    }
}
