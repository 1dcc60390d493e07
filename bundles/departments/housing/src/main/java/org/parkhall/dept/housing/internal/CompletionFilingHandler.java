package org.parkhall.dept.housing.internal;

import java.time.Clock;
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
 * 房屋建筑和市政基础设施工程竣工验收备案 — the project owner files the completed works within fifteen days of the
 * acceptance (竣工验收备案管理办法 第四条). Once the documents are complete the authority signs 文件收讫 on the filing
 * form (第七条), so the item is decided at the window (即办件). A late filing is still received; the decision tells
 * the owner what the law attaches to the delay (第九条).
 */
@Component(service = ItemHandler.class)
@ItemCode(CompletionFilingHandler.CODE)
public final class CompletionFilingHandler implements ItemHandler {
    static final String CODE = "HOUS-FIN-01";
    /** 自工程竣工验收合格之日起15日内; the day of acceptance itself is not counted. */
    private static final int FILING_DAYS = 15;

    private static final FormField ACCEPTED_ON = FormField.date("acceptedOn", "竣工验收合格日期",
            "date the works passed the completion acceptance");
    private static final FormField RESIDENTIAL_WORKS = FormField.yesNo("residential", "住宅工程", "residential works");

    private static final Material RESIDENTIAL = Material.conditional("residential-documents",
            Bilingual.of("住宅质量保证书和住宅使用说明书", "residential quality guarantee and residential user manual"),
            Bilingual.of("住宅工程", "for residential works"), Material.Form.COPY, 1);

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("房屋建筑和市政基础设施工程竣工验收备案",
                    "Filing of the completion acceptance of building and municipal works"), Housing.DEPARTMENT,
            ItemKind.OTHER_POWER, 0, 0, Housing.WINDOW.guide(
                    List.of(Bilingual.of("工程已经建设单位组织竣工验收合格",
                                    "the works have passed the completion acceptance organised by the project "
                                            + "owner"),
                            Bilingual.of("建设单位自工程竣工验收合格之日起15日内办理备案",
                                    "the project owner files within 15 days of the day the works passed "
                                            + "acceptance"),
                            Bilingual.of("规划、消防等依法应当出具的认可文件或者准许使用文件已经取得",
                                    "the approvals or permits for use that planning, fire protection and other "
                                            + "authorities must issue by law have been obtained")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("工程竣工验收备案表", "completion acceptance filing form"),
                                    Material.Form.ORIGINAL, 2).withNotes(Bilingual.of(
                                            "一式两份，备案机关签署文件收讫后一份退建设单位",
                                            "in duplicate; once the filing authority has signed for the "
                                                    + "documents, one copy goes back to the project owner")),
                            Material.required("acceptance-report",
                                    Bilingual.of("工程竣工验收报告", "completion acceptance report"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "含施工许可证号、施工图设计文件审查意见，勘察、设计、施工、监理单位分别签署的"
                                                    + "质量合格文件及验收人员签署的竣工验收原始文件",
                                            "with the construction permit number, the review opinion on the "
                                                    + "construction drawings, the quality certificates signed by "
                                                    + "the survey, design, construction and supervision firms, and "
                                                    + "the original acceptance records signed by the inspectors")),
                            Material.required("planning-approval",
                                    Bilingual.of("规划等部门出具的认可文件或者准许使用文件",
                                            "approvals or permits for use issued by planning and other "
                                                    + "authorities"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of("如建设工程规划条件核实意见",
                                            "such as the verification of the project's planning conditions")),
                            Material.required("fire-acceptance",
                                    Bilingual.of("消防验收意见书或消防验收备案凭证",
                                            "fire protection acceptance opinion or fire protection filing "
                                                    + "receipt"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of(
                                            "特殊建设工程提交消防验收意见书，其他建设工程提交备案凭证",
                                            "special construction projects bring the acceptance opinion, other "
                                                    + "projects the filing receipt")),
                            Material.required("warranty",
                                    Bilingual.of("施工单位签署的工程质量保修书",
                                            "quality warranty for the works, signed by the contractor"),
                                    Material.Form.ORIGINAL, 1),
                            RESIDENTIAL,
                            Housing.PROXY),
                    List.of(Bilingual.of("建设单位在综合窗口提交备案文件",
                                    "the project owner hands in the filing documents at the general window"),
                            Bilingual.of("备案机关验证文件齐全",
                                    "the filing authority verifies that the documents are complete"),
                            Bilingual.of("当场在工程竣工验收备案表上签署文件收讫，一份退建设单位",
                                    "it signs for the documents on the filing form on the spot and returns one "
                                            + "copy to the project owner"),
                            Bilingual.of("备案机关收讫之日起15日内发现竣工验收违反工程质量管理规定的，责令停止使用，"
                                            + "重新组织竣工验收",
                                    "if within 15 days of receipt it finds that the acceptance broke the rules on "
                                            + "construction quality, it orders the works out of use and a new "
                                            + "completion acceptance")),
                    List.of(Bilingual.of("《建设工程质量管理条例》第四十九条",
                                    "Regulations on the Quality Management of Construction Projects, article 49"),
                            Bilingual.of("《房屋建筑和市政基础设施工程竣工验收备案管理办法》（建设部令第78号，2009年修正）"
                                            + "第四条、第五条、第七条、第九条",
                                    "Measures for the Administration of Completion Acceptance Filing of Building "
                                            + "and Municipal Infrastructure Works (Ministry of Construction Decree "
                                            + "No. 78, amended 2009), articles 4, 5, 7 and 9")))
                    .withFields(Housing.PROJECT_NAME, ACCEPTED_ON, RESIDENTIAL_WORKS, FormField.BY_AGENT));

    private final Clock clock;

    /** The hall's clock: filing deadlines run by the date in China. */
    public CompletionFilingHandler() {
        this(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    CompletionFilingHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Housing.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == RESIDENTIAL && application.flag(RESIDENTIAL_WORKS.key())));
        FactChecks.requireEnterprise(application, Housing.OWNER_APPLIES, problems);
        // A filing before the works passed acceptance is no filing; the form checks the rest.
        FactChecks.pastDate(application, ACCEPTED_ON, LocalDate.now(clock), problems);
        return Review.of(problems);
    }

    /** The documents are verified at the window; a late filing is received and the owner told the consequence. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        LocalDate today = LocalDate.now(clock);
        boolean late = FactChecks.pastDate(application, ACCEPTED_ON.key(), today)
                .map(date -> today.isAfter(date.plusDays(FILING_DAYS)))
                .orElse(false);
        return Optional.of(Decision.approve(late
                ? "工程竣工验收备案表（备案机关签署文件收讫）；已超过竣工验收合格之日起15日的备案期限，依照"
                        + "《房屋建筑和市政基础设施工程竣工验收备案管理办法》第九条，由备案机关责令限期改正，"
                        + "处20万元以上50万元以下罚款（依法另案处理）"
                : "工程竣工验收备案表（备案机关签署文件收讫）"));
    }
}
