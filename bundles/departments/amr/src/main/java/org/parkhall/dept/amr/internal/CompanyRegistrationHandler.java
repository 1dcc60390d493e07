package org.parkhall.dept.amr.internal;

import java.util.ArrayList;
import java.util.List;

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
 * 有限责任公司设立登记 — registering a limited liability company. Registration is a formal review: complete
 * materials in legal form are registered on the spot or within three working days (市场主体登记管理条例 第十九条).
 */
@Component(service = ItemHandler.class)
@ItemCode(CompanyRegistrationHandler.CODE)
public final class CompanyRegistrationHandler implements ItemHandler {
    static final String CODE = "AMR-REG-01";
    private static final int MAX_SHAREHOLDERS = 50;
    private static final int MAX_PAY_IN_YEARS = 5;

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("有限责任公司设立登记", "Registration of a limited liability company"), Amr.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 3, 1, Amr.WINDOW.freeGuide(
                    List.of("公司名称符合企业名称登记管理规定，自主申报且不与同行业已登记名称相同",
                            "股东为一个以上五十个以下",
                            "有符合公司法规定的公司章程，全体股东认缴的出资额自公司成立之日起五年内缴足",
                            "有公司住所，有符合要求的组织机构"),
                    List.of(Material.required("application-form", "公司登记（备案）申请书", Material.Form.ORIGINAL, 1,
                                    "法定代表人签署；载明董事、监事、经理等任职信息"),
                            Material.required("articles", "公司章程", Material.Form.ORIGINAL, 1,
                                    "全体股东签署（盖章）"),
                            Material.required("shareholder-ids", "股东主体资格证明或自然人身份证件复印件",
                                    Material.Form.COPY, 1, "自然人股东提交身份证复印件，法人股东提交营业执照复印件"),
                            Material.required("premises", "住所（经营场所）使用证明或住所申报承诺书",
                                    Material.Form.ORIGINAL_AND_COPY, 1, "园区标准厂房可由园区管委会出具使用证明"),
                            Amr.PROXY),
                    List.of("申请人在综合窗口提交申请材料", "窗口受理并分转市场监管局", "登记机关形式审查",
                            "准予登记，核发营业执照", "窗口领取或快递送达执照"),
                    List.of("《中华人民共和国公司法》第二十九条、第四十二条、第四十七条",
                            "《中华人民共和国市场主体登记管理条例》第十九条",
                            "《中华人民共和国市场主体登记管理条例实施细则》第二十六条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Amr.PROXY && application.flag("byAgent")));
        String name = application.fact("companyName");
        if (name.isBlank()) {
            problems.add(Problem.required("companyName", "公司名称", "company name"));
        } else if (!name.endsWith("有限公司") && !name.endsWith("有限责任公司")) {
            problems.add(new Problem("companyName", Bilingual.of("有限责任公司名称须以“有限公司”或“有限责任公司”结尾",
                    "the name of a limited liability company must end in 有限公司 or 有限责任公司")));
        }
        FactChecks.positiveNumber(application, "registeredCapital", "注册资本（万元）", "registered capital in 10,000 yuan",
                problems);
        FactChecks.wholeNumber(application, "shareholders", "股东人数", "number of shareholders", 1, MAX_SHAREHOLDERS,
                problems);
        FactChecks.wholeNumber(application, "payInYears", "认缴出资期限（年）", "pay-in period in years", 1,
                MAX_PAY_IN_YEARS, problems);
        return Review.of(problems);
    }
}
