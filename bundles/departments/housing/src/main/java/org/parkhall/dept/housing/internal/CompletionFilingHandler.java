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

    private static final Material RESIDENTIAL = Material.conditional("residential-documents",
            "住宅质量保证书和住宅使用说明书", "住宅工程", Material.Form.COPY, 1, "");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("房屋建筑和市政基础设施工程竣工验收备案",
                    "Filing of the completion acceptance of building and municipal works"), Housing.DEPARTMENT,
            ItemKind.OTHER_POWER, 0, 0, Housing.WINDOW.freeGuide(
                    List.of("工程已经建设单位组织竣工验收合格",
                            "建设单位自工程竣工验收合格之日起15日内办理备案",
                            "规划、消防等依法应当出具的认可文件或者准许使用文件已经取得"),
                    List.of(Material.required("application-form", "工程竣工验收备案表", Material.Form.ORIGINAL, 2,
                                    "一式两份，备案机关签署文件收讫后一份退建设单位"),
                            Material.required("acceptance-report", "工程竣工验收报告", Material.Form.ORIGINAL, 1,
                                    "含施工许可证号、施工图设计文件审查意见，勘察、设计、施工、监理单位分别签署的"
                                            + "质量合格文件及验收人员签署的竣工验收原始文件"),
                            Material.required("planning-approval", "规划等部门出具的认可文件或者准许使用文件",
                                    Material.Form.COPY, 1, "如建设工程规划条件核实意见"),
                            Material.required("fire-acceptance", "消防验收意见书或消防验收备案凭证",
                                    Material.Form.COPY, 1, "特殊建设工程提交消防验收意见书，其他建设工程提交备案凭证"),
                            Material.required("warranty", "施工单位签署的工程质量保修书", Material.Form.ORIGINAL, 1,
                                    ""),
                            RESIDENTIAL,
                            Housing.PROXY),
                    List.of("建设单位在综合窗口提交备案文件", "备案机关验证文件齐全",
                            "当场在工程竣工验收备案表上签署文件收讫，一份退建设单位",
                            "备案机关收讫之日起15日内发现竣工验收违反工程质量管理规定的，责令停止使用，"
                                    + "重新组织竣工验收"),
                    List.of("《建设工程质量管理条例》第四十九条",
                            "《房屋建筑和市政基础设施工程竣工验收备案管理办法》（建设部令第78号，2009年修正）"
                                    + "第四条、第五条、第七条、第九条")));

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
                material -> material == Housing.PROXY && application.flag("byAgent")
                        || material == RESIDENTIAL && application.flag("residential")));
        FactChecks.requireEnterprise(application, Housing.OWNER_APPLIES, problems);
        if (application.fact("projectName").isBlank()) {
            problems.add(Problem.required("projectName", "工程名称", "project name"));
        }
        FactChecks.pastDate(application, "acceptedOn", "竣工验收合格日期", "date of the completion acceptance",
                LocalDate.now(clock), problems);
        return Review.of(problems);
    }

    /** The documents are verified at the window; a late filing is received and the owner told the consequence. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        LocalDate today = LocalDate.now(clock);
        boolean late = FactChecks.pastDate(application, "acceptedOn", today)
                .map(date -> today.isAfter(date.plusDays(FILING_DAYS)))
                .orElse(false);
        return Optional.of(Decision.approve(late
                ? "工程竣工验收备案表（备案机关签署文件收讫）；已超过竣工验收合格之日起15日的备案期限，依照"
                        + "《房屋建筑和市政基础设施工程竣工验收备案管理办法》第九条，由备案机关责令限期改正，"
                        + "处20万元以上50万元以下罚款（依法另案处理）"
                : "工程竣工验收备案表（备案机关签署文件收讫）"));
    }
}
