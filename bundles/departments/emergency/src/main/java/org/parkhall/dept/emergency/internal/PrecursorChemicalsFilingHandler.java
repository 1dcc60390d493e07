package org.parkhall.dept.emergency.internal;

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
 * 第三类非药品类易制毒化学品经营备案 — filing the trade in category 3 non-pharmaceutical precursor chemicals (e.g.
 * 甲苯、丙酮、硫酸、盐酸) within 30 days of starting it. Only this filing is the county's: category 1 needs a
 * provincial licence, and category 2 trade and all category 2 and 3 production are filed with the city
 * (易制毒化学品管理条例 第十三条、第十七条; 非药品类易制毒化学品生产、经营许可办法 第三条), so those are refused with
 * that advice. The department issues the filing certificate on the day it receives the materials (条例 第十七条).
 */
@Component(service = ItemHandler.class)
@ItemCode(PrecursorChemicalsFilingHandler.CODE)
public final class PrecursorChemicalsFilingHandler implements ItemHandler {
    static final String CODE = "EMG-PC-01";
    private static final String COUNTY_CATEGORY = "3";

    /** Most category 3 precursors are also hazardous chemicals, whose trade needs the licence first. */
    private static final Material HAZCHEM_LICENCE = Material.conditional("hazchem-licence", "危险化学品经营许可证",
            "备案品种属于危险化学品的", Material.Form.COPY, 1, "许可范围须涵盖备案品种");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("第三类非药品类易制毒化学品经营备案",
                    "Filing of trade in category 3 non-pharmaceutical precursor chemicals"), Emergency.DEPARTMENT,
            ItemKind.OTHER_POWER, 0, 0, Emergency.WINDOW.freeGuide(
                    List.of("经营第三类非药品类易制毒化学品的单位，自经营之日起30日内备案",
                            "有易制毒化学品管理制度",
                            "备案品种属于危险化学品的，已取得涵盖该品种的危险化学品经营许可证",
                            "第一类须取得省级经营许可，第二类经营和第二类、第三类生产向设区的市级应急管理部门备案"),
                    List.of(Material.required("application-form", "非药品类易制毒化学品品种、销售量、主要流向等情况的备案申请书",
                                    Material.Form.ORIGINAL, 2, "附电子文档"),
                            Material.required("management-rules", "易制毒化学品管理制度", Material.Form.ORIGINAL, 1, ""),
                            Material.required("product-notes", "产品包装说明和使用说明书", Material.Form.COPY, 1, ""),
                            Material.required("business-licence", "营业执照", Material.Form.COPY, 1,
                                    "可出示电子营业执照"),
                            HAZCHEM_LICENCE,
                            Emergency.PROXY),
                    List.of("经营单位在综合窗口提交备案材料", "窗口核对材料",
                            "材料齐全的当日发给第三类非药品类易制毒化学品经营备案证明（有效期3年）",
                            "每年3月31日前报告上年度经营情况"),
                    List.of("《易制毒化学品管理条例》第十七条",
                            "《非药品类易制毒化学品生产、经营许可办法》（国家安全生产监督管理总局令第5号）第三条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        Optional<Bilingual> otherAuthority = otherAuthorityReason(application);
        if (otherAuthority.isPresent()) {
            return Review.refuse(otherAuthority.get(), Emergency.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Emergency.PROXY && application.flag("byAgent")
                        || material == HAZCHEM_LICENCE && application.flag("hazardousChemical")));
        FactChecks.requireEnterprise(application, Emergency.UNIT_APPLIES, problems);
        if (!COUNTY_CATEGORY.equals(application.fact("category").strip())) {
            problems.add(new Problem("category", Bilingual.of("请填写易制毒化学品类别：本窗口仅办理第三类经营备案，填3",
                    "category must be 3: only category 3 trade is filed here")));
        }
        if (application.fact("chemicals").isBlank()) {
            problems.add(Problem.required("chemicals", "经营品种（如甲苯、丙酮、硫酸、盐酸）", "chemicals traded"));
        }
        return Review.of(problems);
    }

    /** The filing certificate is issued on the day the complete materials are received. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("第三类非药品类易制毒化学品经营备案证明（有效期3年）"));
    }

    /** The reason a category 1 or 2 chemical is another authority's matter, if it is. */
    private static Optional<Bilingual> otherAuthorityReason(Application application) {
        return switch (application.fact("category").strip()) {
            case "1" -> Optional.of(Bilingual.of("经营第一类非药品类易制毒化学品实行许可证管理，由省级人民政府应急管理部门"
                    + "审批（《易制毒化学品管理条例》第九条），请向省应急管理厅申请",
                    "trade in category 1 needs a licence from the provincial emergency management department"));
            case "2" -> Optional.of(Bilingual.of("经营第二类非药品类易制毒化学品的，向设区的市级人民政府应急管理部门备案"
                    + "（《易制毒化学品管理条例》第十七条），请向市应急管理局申请",
                    "trade in category 2 is filed with the city's emergency management bureau"));
            default -> Optional.empty();
        };
    }
}
