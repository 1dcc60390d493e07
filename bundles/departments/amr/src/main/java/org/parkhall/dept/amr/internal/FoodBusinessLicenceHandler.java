package org.parkhall.dept.amr.internal;

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
 * 食品经营许可 — food business licence, e.g. for a park canteen or a shop. Decided within ten working days of
 * acceptance (食品经营许可和备案管理办法 第二十四条); selling only prepackaged food needs a filing (备案) instead,
 * so such applications are refused with that advice.
 */
@Component(service = ItemHandler.class)
@ItemCode(FoodBusinessLicenceHandler.CODE)
public final class FoodBusinessLicenceHandler implements ItemHandler {
    static final String CODE = "AMR-FBL-01";

    static final FormField BUSINESS_KINDS = FormField.text("businessKinds", "经营项目", "business kinds")
            .help("食品销售、餐饮服务、单位食堂", "food sales, catering, canteen");
    static final FormField PREPACKAGED_ONLY = FormField.yesNo("prepackagedOnly", "仅销售预包装食品",
            "sells prepackaged food only");
    static final FormField VENDING_MACHINES = FormField.yesNo("vendingMachines", "利用自动售货设备经营",
            "uses vending machines");

    private static final Material VENDING = Material.conditional("vending", Bilingual.of(
            "自动售货设备的产品合格证明、具体放置地点及经营者名称、住所、联系方式、许可证公示方法等材料",
            "for the vending machines: certificates of conformity, where they stand, the operator's name, address "
                    + "and contact, and how the licence is displayed"),
            Bilingual.of("利用自动售货设备从事食品经营的", "when food is sold from vending machines"),
            Material.Form.COPY, 1);

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("食品经营许可", "Food business licence"), Amr.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 10, 5, Amr.WINDOW.guide(
                    List.of(Bilingual.of("已取得营业执照等合法主体资格",
                                    "the applicant is a legal entity, e.g. holds a business licence"),
                            Bilingual.of("具有与经营的食品品种、数量相适应的经营场所和设备设施",
                                    "premises and equipment fit for the kinds and quantities of food handled"),
                            Bilingual.of("有专职或兼职的食品安全管理人员和保证食品安全的规章制度",
                                    "full- or part-time food safety staff and rules that ensure food safety"),
                            Bilingual.of("具有合理的设备布局和工艺流程", "a sound layout of equipment and workflow")),
                    List.of(Material.required("application-form", Bilingual.of("食品经营许可申请书",
                                    "application for a food business licence"), Material.Form.ORIGINAL, 1),
                            Material.required("business-licence", Bilingual.of("营业执照或其他主体资格证明文件",
                                    "business licence or other proof of legal status"), Material.Form.COPY, 1),
                            Material.required("layout", Bilingual.of("与食品经营相适应的主要设备设施、经营布局、操作流程等文件",
                                    "documents on the main equipment, layout and workflow of the food business"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("含经营场所平面图和设备布局图",
                                    "with a floor plan of the premises and a layout of the equipment")),
                            Material.required("safety-rules", Bilingual.of(
                                    "食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等规章制度目录清单",
                                    "list of the rules on food safety self-checks, staff health, checks of incoming "
                                            + "goods and handling of food safety incidents"), Material.Form.ORIGINAL, 1),
                            VENDING,
                            Amr.PROXY),
                    List.of(Bilingual.of("申请人提交申请", "the applicant applies"),
                            Bilingual.of("窗口受理并分转市场监管局", "the window accepts and forwards to market regulation"),
                            Bilingual.of("材料审查，必要时现场核查", "the materials are reviewed, the premises inspected "
                                    + "where needed"),
                            Bilingual.of("作出准予或不予许可决定", "the licence is granted or refused"),
                            Bilingual.of("窗口领取或快递送达许可证", "the licence is picked up at the window or sent by express")),
                    List.of(Bilingual.of("《中华人民共和国食品安全法》第三十五条", "Food Safety Law of the PRC, article 35"),
                            Bilingual.of("《食品经营许可和备案管理办法》第十二条、第二十四条",
                                    "Measures for the Licensing and Filing of Food Businesses, articles 12 and 24")))
                    .withFields(BUSINESS_KINDS, PREPACKAGED_ONLY, VENDING_MACHINES, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        if (application.flag(PREPACKAGED_ONLY.key())) {
            return Review.refuse(Bilingual.of("仅销售预包装食品的，无需申请食品经营许可，请办理仅销售预包装食品备案",
                    "selling only prepackaged food needs a filing, not a licence"), Amr.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Amr.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == VENDING && application.flag(VENDING_MACHINES.key())));
        FactChecks.requireEnterprise(application, Bilingual.of(
                "食品经营许可须以已取得营业执照的经营主体名义、凭统一社会信用代码申请",
                "apply in the name of a registered business, by its unified social credit code"), problems);
        return Review.of(problems);
    }
}
