package org.parkhall.dept.housing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** A project outside the urban and town planning areas needs no 建设工程规划许可证 (城乡规划法 第四十条). */
    private static final Material PLANNING_PERMIT = Material.conditional("planning-permit", "建设工程规划许可证",
            "依法应当办理建设工程规划许可证的", Material.Form.COPY, 1, "核验电子证照或原件");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("建筑工程施工许可证核发", "Construction permit"), Housing.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 5, 3, Housing.WINDOW.freeGuide(
                    List.of("依法应当办理用地批准手续的，已经办理该建筑工程用地批准手续",
                            "依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证",
                            "施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求",
                            "已经依法确定施工企业；应当招标而未招标、肢解发包或发包给不具备相应资质企业的，"
                                    + "所确定的施工企业无效",
                            "有满足施工需要的资金安排、施工图纸及技术资料，施工图设计文件已按规定审查合格",
                            "有保证工程质量和安全的具体措施，已按规定办理工程质量、安全监督手续",
                            "工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证；"
                                    + "不得将工程分解为若干限额以下的工程规避办理"),
                    List.of(Material.required("application-form", "建筑工程施工许可证申请表", Material.Form.ORIGINAL, 1,
                                    "加盖建设单位公章及法定代表人印鉴"),
                            Material.required("land-approval", "用地批准手续", Material.Form.COPY, 1,
                                    "不动产权证书、国有建设用地使用权出让合同或划拨决定书等"),
                            PLANNING_PERMIT,
                            Material.required("drawing-review", "施工图设计文件审查合格书（或按规定作出的审查承诺）",
                                    Material.Form.COPY, 1, "审查机构出具，与施工图设计文件一致"),
                            Material.required("contractor", "中标通知书及施工合同", Material.Form.COPY, 1,
                                    "依法不必招标的只提交施工合同；施工企业具备相应资质"),
                            Material.required("safety-measures", "保证工程质量和安全的具体措施",
                                    Material.Form.ORIGINAL, 1,
                                    "施工组织设计中的质量、安全技术措施，质量安全责任制，质量安全监督手续"),
                            Material.required("funds-pledge", "建设资金已经落实承诺书", Material.Form.ORIGINAL, 1,
                                    "建设单位盖章"),
                            Housing.PROXY),
                    List.of("建设单位在综合窗口提交申请表及证明文件", "窗口受理并分转住建局；材料不齐的当场一次性告知",
                            "发证机关审查申请条件", "符合条件的自收到申请之日起七日内颁发施工许可证，"
                                    + "不符合条件的书面通知并说明理由",
                            "窗口领取、快递送达或电子证照送达；建设单位应自领证之日起三个月内开工"),
                    List.of("《中华人民共和国建筑法》第七条、第八条、第九条",
                            "《建筑工程施工许可管理办法》（住房和城乡建设部令第18号，2021年修正）第二条、第三条、"
                                    + "第四条、第五条",
                            "《中华人民共和国行政许可法》第三十二条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        Optional<BigDecimal> investment = FactChecks.positiveNumber(application, "investment");
        Optional<BigDecimal> floorArea = FactChecks.positiveNumber(application, "floorArea");
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
                material -> material == Housing.PROXY && application.flag("byAgent")
                        || material == PLANNING_PERMIT && !application.flag("outsidePlanningArea")));
        FactChecks.requireEnterprise(application, Housing.OWNER_APPLIES, problems);
        if (application.fact("projectName").isBlank()) {
            problems.add(Problem.required("projectName", "工程名称", "project name"));
        }
        FactChecks.positiveNumber(application, "investment", "工程投资额（元）", "investment in yuan", problems);
        FactChecks.positiveNumber(application, "floorArea", "建筑面积（平方米）", "floor area in square metres", problems);
        return Review.of(problems);
    }
}
