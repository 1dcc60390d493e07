package org.parkhall.dept.housing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.parkhall.spi.ReviewSteps;
import org.parkhall.spi.ServiceItem;
import org.parkhall.spi.SpecialProcedure;

/**
 * 建筑工程施工许可证核发 — the construction permit the project owner (建设单位) needs before work starts
 * (建筑法 第七条). It is issued within seven days of receiving an application that meets the conditions (建筑法
 * 第八条; 建筑工程施工许可管理办法 第五条). Seven calendar days hold five working days in an ordinary week, so the
 * catalog records five; the hall promises three. Projects with an investment of 300,000 yuan or less, or a floor
 * area of 300 m² or less, need no permit (办法 第二条), so such applications are refused with that reason.
 */
@Component(service = ItemHandler.class)
@ItemCode(ConstructionPermitHandler.CODE)
public final class ConstructionPermitHandler implements ItemHandler {
    static final String CODE = "HOUS-CP-01";
    /** 工程投资额在30万元以下: "以下" includes the figure itself, as in every Chinese statute. */
    private static final BigDecimal SMALL_INVESTMENT = new BigDecimal("300000");
    /** 建筑面积在300平方米以下, likewise inclusive. */
    private static final BigDecimal SMALL_FLOOR_AREA = new BigDecimal("300");

    private static final FormField INVESTMENT = FormField.money("investment", "工程投资额", "investment")
            .unit("元", "yuan");
    private static final FormField FLOOR_AREA = FormField.number("floorArea", "建筑面积", "floor area")
            .unit("平方米", "m²");
    private static final FormField OUTSIDE_PLANNING_AREA = FormField.yesNo("outsidePlanningArea",
            "位于城镇规划区外（无需建设工程规划许可证）",
            "outside the urban and town planning area (no planning permit needed)");

    /** A project outside the urban and town planning areas needs no 建设工程规划许可证 (城乡规划法 第四十条). */
    private static final Material PLANNING_PERMIT = Material.conditional("planning-permit",
            Bilingual.of("建设工程规划许可证", "construction project planning permit"),
            Bilingual.of("依法应当办理建设工程规划许可证的", "where the project needs a planning permit by law"),
            Material.Form.COPY, 1).withNotes(Bilingual.of("核验电子证照或原件",
                    "the electronic licence or the original is checked"));

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("建筑工程施工许可证核发", "Construction permit"), Housing.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 5, 3, Housing.WINDOW.guide(
                    List.of(Bilingual.of("依法应当办理用地批准手续的，已经办理该建筑工程用地批准手续",
                                    "where land-use approval is required by law, it has been obtained for the "
                                            + "project"),
                            Bilingual.of("依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证",
                                    "where a construction project planning permit is required by law, it has "
                                            + "been obtained"),
                            Bilingual.of("施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求",
                                    "the site is essentially ready for work; where buildings must be "
                                            + "expropriated, their clearance keeps pace with construction"),
                            Bilingual.of("已经依法确定施工企业；应当招标而未招标、肢解发包或发包给不具备相应资质企业的，"
                                            + "所确定的施工企业无效",
                                    "the contractor has been chosen lawfully; a contractor chosen without a "
                                            + "required tender, by splitting the contract, or without the required "
                                            + "qualification does not count"),
                            Bilingual.of("有满足施工需要的资金安排、施工图纸及技术资料，施工图设计文件已按规定审查合格",
                                    "funding, construction drawings and technical documents meet the needs of "
                                            + "the works, and the construction drawings have passed the required "
                                            + "review"),
                            Bilingual.of("有保证工程质量和安全的具体措施，已按规定办理工程质量、安全监督手续",
                                    "specific measures ensure the quality and safety of the works, and the "
                                            + "quality and safety supervision formalities are complete"),
                            Bilingual.of("工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证；"
                                            + "不得将工程分解为若干限额以下的工程规避办理",
                                    "works with an investment of 300,000 yuan or less, or a floor area of "
                                            + "300 m² or less, need no construction permit; a project must not be "
                                            + "split into smaller works to stay under these limits")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("建筑工程施工许可证申请表", "construction permit application form"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("加盖建设单位公章及法定代表人印鉴",
                                            "bears the project owner's official seal and the legal "
                                                    + "representative's seal")),
                            Material.required("land-approval",
                                    Bilingual.of("用地批准手续", "land-use approval documents"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of(
                                            "不动产权证书、国有建设用地使用权出让合同或划拨决定书等",
                                            "real estate title certificate, contract granting the state-owned "
                                                    + "construction land use right, allocation decision or the "
                                                    + "like")),
                            PLANNING_PERMIT,
                            Material.required("drawing-review",
                                    Bilingual.of("施工图设计文件审查合格书（或按规定作出的审查承诺）",
                                            "certificate that the construction drawings passed review (or the "
                                                    + "review pledge where the rules allow one)"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of("审查机构出具，与施工图设计文件一致",
                                            "issued by the review body and matching the construction "
                                                    + "drawings")),
                            Material.required("contractor",
                                    Bilingual.of("中标通知书及施工合同", "notice of award and construction contract"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of(
                                            "依法不必招标的只提交施工合同；施工企业具备相应资质",
                                            "only the contract where the law requires no tender; the contractor "
                                                    + "holds the required qualification")),
                            Material.required("safety-measures",
                                    Bilingual.of("保证工程质量和安全的具体措施",
                                            "specific measures ensuring the quality and safety of the works"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "施工组织设计中的质量、安全技术措施，质量安全责任制，质量安全监督手续",
                                            "the quality and safety measures of the construction organisation "
                                                    + "plan, who answers for quality and safety, and the "
                                                    + "supervision formalities")),
                            Material.required("funds-pledge",
                                    Bilingual.of("建设资金已经落实承诺书",
                                            "pledge that the construction funds are in place"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("建设单位盖章",
                                            "bears the project owner's seal")),
                            Housing.PROXY),
                    List.of(Bilingual.of("建设单位在综合窗口提交申请表及证明文件",
                                    "the project owner hands in the application form and supporting documents at "
                                            + "the general window"),
                            Bilingual.of("窗口受理并分转住建局；材料不齐的当场一次性告知",
                                    "the window accepts the application and passes it to the Housing and "
                                            + "Urban-Rural Development Bureau; anything missing is listed at once, "
                                            + "on the spot"),
                            Bilingual.of("发证机关审查申请条件", "the issuing authority examines the conditions"),
                            Bilingual.of("符合条件的自收到申请之日起七日内颁发施工许可证，不符合条件的书面通知并说明理由",
                                    "if the conditions are met, the permit is issued within seven days of "
                                            + "receiving the application; if not, the owner is told in writing "
                                            + "why"),
                            Bilingual.of("窗口领取、快递送达或电子证照送达；建设单位应自领证之日起三个月内开工",
                                    "the permit is collected at the window, sent by express delivery or issued "
                                            + "as an electronic licence; work must start within three months of "
                                            + "receiving it")),
                    List.of(Bilingual.of("《中华人民共和国建筑法》第七条、第八条、第九条",
                                    "Construction Law of the PRC, articles 7, 8 and 9"),
                            Bilingual.of("《建筑工程施工许可管理办法》（住房和城乡建设部令第18号，2021年修正）第二条、第三条、"
                                            + "第四条、第五条",
                                    "Measures for the Administration of Construction Permits for Building Works "
                                            + "(Ministry of Housing and Urban-Rural Development Decree No. 18, "
                                            + "amended 2021), articles 2, 3, 4 and 5"),
                            Bilingual.of("《中华人民共和国行政许可法》第三十二条",
                                    "Administrative Licensing Law of the PRC, "
                                            + "Article 32")))
                    .withFields(Housing.PROJECT_NAME, INVESTMENT, FLOOR_AREA, OUTSIDE_PLANNING_AREA,
                            FormField.BY_AGENT));

    /**
     * The park's construction permits are countersigned by emergency management on the safety measures (建筑法
     * 第八条第一款第六项) and signed off by the bureau's lead; the limit may be extended by ten working days with the
     * head's approval (行政许可法第四十二条), and an expert review or inspection of the plans stops the clock
     * (行政许可法第四十五条).
     */
    private static final ReviewSteps STEPS = ReviewSteps.NONE.countersignedBy("emergency").signedOffByLead()
            .extendableBy(10, Bilingual.of("《中华人民共和国行政许可法》第四十二条",
                    "Administrative Licensing Law of the PRC, Article 42"))
            .withSpecialProcedures(ReviewSteps.LICENSING_SPECIAL_PROCEDURES, SpecialProcedure.EXPERT_REVIEW,
                    SpecialProcedure.INSPECTION);

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public ReviewSteps reviewSteps() {
        return STEPS;
    }

    @Override
    public Review review(Application application) {
        Optional<BigDecimal> investment = FactChecks.positiveNumber(application, INVESTMENT.key());
        Optional<BigDecimal> floorArea = FactChecks.positiveNumber(application, FLOOR_AREA.key());
        if (investment.isPresent() && floorArea.isPresent()
                && (investment.get().compareTo(SMALL_INVESTMENT) <= 0
                        || floorArea.get().compareTo(SMALL_FLOOR_AREA) <= 0)) {
            return Review.refuse(Bilingual.of(
                    "工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证"
                            + "（《建筑工程施工许可管理办法》第二条），依照《中华人民共和国行政许可法》"
                            + "第三十二条不予受理；不得将工程分解为若干限额以下的工程规避办理",
                    "a project with an investment of 300,000 yuan or less, or a floor area of 300 m² or less, "
                            + "needs no construction permit"), Housing.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Housing.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == PLANNING_PERMIT && !application.flag(OUTSIDE_PLANNING_AREA.key())));
        FactChecks.requireEnterprise(application, Housing.OWNER_APPLIES, problems);
        // The form takes zero; a project of no investment or area is no project.
        FactChecks.positiveNumber(application, INVESTMENT, problems);
        FactChecks.positiveNumber(application, FLOOR_AREA, problems);
        return Review.of(problems);
    }
}
