package org.parkhall.dept.emergency.internal;

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
    /** Only category 3 trade is the county's; the others are refused with the authority that handles them. */
    private static final FormField CATEGORY = FormField.choice("category", "易制毒化学品类别", "precursor category",
            FormField.Choice.of("3", "第三类", "category 3"), FormField.Choice.of("2", "第二类", "category 2"),
            FormField.Choice.of("1", "第一类", "category 1"));
    private static final FormField CHEMICALS = FormField.text("chemicals", "经营品种", "chemicals traded")
            .help("如甲苯、丙酮、硫酸、盐酸", "e.g. toluene, acetone, sulphuric acid, hydrochloric acid");
    private static final FormField HAZARDOUS_CHEMICAL = FormField.yesNo("hazardousChemical", "备案品种属于危险化学品",
            "a filed chemical is also a hazardous chemical");

    /** Most category 3 precursors are also hazardous chemicals, whose trade needs the licence first. */
    private static final Material HAZCHEM_LICENCE = Material.conditional("hazchem-licence",
            Bilingual.of("危险化学品经营许可证", "hazardous chemicals business licence"),
            Bilingual.of("备案品种属于危险化学品的", "where a filed chemical is also a hazardous chemical"),
            Material.Form.COPY, 1).withNotes(Bilingual.of("许可范围须涵盖备案品种",
                    "its scope must cover the filed chemicals"));

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("第三类非药品类易制毒化学品经营备案",
                    "Filing of trade in category 3 non-pharmaceutical precursor chemicals"), Emergency.DEPARTMENT,
            ItemKind.OTHER_POWER, 0, 0, Emergency.WINDOW.guide(
                    List.of(Bilingual.of("经营第三类非药品类易制毒化学品的单位，自经营之日起30日内备案",
                                    "a unit trading in category 3 non-pharmaceutical precursor chemicals files "
                                            + "within 30 days of starting the trade"),
                            Bilingual.of("有易制毒化学品管理制度", "it has rules for managing precursor chemicals"),
                            Bilingual.of("备案品种属于危险化学品的，已取得涵盖该品种的危险化学品经营许可证",
                                    "where a filed chemical is also a hazardous chemical, the unit holds a "
                                            + "hazardous chemicals business licence covering it"),
                            Bilingual.of("第一类须取得省级经营许可，第二类经营和第二类、第三类生产向设区的市级应急管理部门备案",
                                    "category 1 trade needs a provincial licence; category 2 trade, and category "
                                            + "2 and 3 production, are filed with the city's emergency management "
                                            + "bureau")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("非药品类易制毒化学品品种、销售量、主要流向等情况的备案申请书",
                                            "filing application stating the non-pharmaceutical precursor "
                                                    + "chemicals traded, their sales and main destinations"),
                                    Material.Form.ORIGINAL, 2).withNotes(Bilingual.of("附电子文档",
                                            "with an electronic copy")),
                            Material.required("management-rules",
                                    Bilingual.of("易制毒化学品管理制度", "rules for managing precursor chemicals"),
                                    Material.Form.ORIGINAL, 1),
                            Material.required("product-notes",
                                    Bilingual.of("产品包装说明和使用说明书",
                                            "packaging descriptions and instructions for use of the products"),
                                    Material.Form.COPY, 1),
                            Emergency.BUSINESS_LICENCE,
                            HAZCHEM_LICENCE,
                            Emergency.PROXY),
                    List.of(Bilingual.of("经营单位在综合窗口提交备案材料",
                                    "the trading unit hands in the filing materials at the general window"),
                            Bilingual.of("窗口核对材料", "the window checks the materials"),
                            Bilingual.of("材料齐全的当日发给第三类非药品类易制毒化学品经营备案证明（有效期3年）",
                                    "for complete materials, the filing certificate for trade in category 3 "
                                            + "precursor chemicals, valid for 3 years, is issued the same day"),
                            Bilingual.of("每年3月31日前报告上年度经营情况",
                                    "the unit reports the previous year's trade by 31 March every year")),
                    List.of(Bilingual.of("《易制毒化学品管理条例》第十七条",
                                    "Regulations on the Administration of Precursor Chemicals, article 17"),
                            Bilingual.of("《非药品类易制毒化学品生产、经营许可办法》（国家安全生产监督管理总局令第5号）第三条",
                                    "Measures for Licensing the Production and Trade of Non-pharmaceutical "
                                            + "Precursor Chemicals (State Administration of Work Safety Decree "
                                            + "No. 5), article 3")))
                    .withFields(CATEGORY, CHEMICALS, HAZARDOUS_CHEMICAL, FormField.BY_AGENT));

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
        // The form checks the category (3 is all that is left) and the chemicals.
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Emergency.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == HAZCHEM_LICENCE && application.flag(HAZARDOUS_CHEMICAL.key())));
        FactChecks.requireEnterprise(application, Emergency.UNIT_APPLIES, problems);
        return Review.of(problems);
    }

    /** The filing certificate is issued on the day the complete materials are received. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("第三类非药品类易制毒化学品经营备案证明（有效期3年）"));
    }

    /** The reason a category 1 or 2 chemical is another authority's matter, if it is. */
    private static Optional<Bilingual> otherAuthorityReason(Application application) {
        return switch (application.fact(CATEGORY.key()).strip()) {
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
