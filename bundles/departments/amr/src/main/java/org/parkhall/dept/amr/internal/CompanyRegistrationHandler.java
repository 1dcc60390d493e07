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
 * 有限责任公司设立登记 — registering a limited liability company. Registration is a formal review: complete
 * materials in legal form are registered on the spot or within three working days (市场主体登记管理条例 第十九条).
 */
@Component(service = ItemHandler.class)
@ItemCode(CompanyRegistrationHandler.CODE)
public final class CompanyRegistrationHandler implements ItemHandler {
    static final String CODE = "AMR-REG-01";

    static final FormField COMPANY_NAME = FormField.text("companyName", "公司名称", "company name")
            .help("以“有限公司”或“有限责任公司”结尾", "ending in 有限公司 or 有限责任公司");
    static final FormField CAPITAL = FormField.money("registeredCapital", "注册资本", "registered capital")
            .unit("万元", "10,000 yuan");
    /** 公司法 第四十二条: one to fifty shareholders. */
    static final FormField SHAREHOLDERS = FormField.integer("shareholders", "股东人数", "number of shareholders")
            .between(1, 50);
    /** 公司法 第四十七条: subscribed capital paid in within five years. */
    static final FormField PAY_IN_YEARS = FormField.integer("payInYears", "认缴出资期限", "pay-in period")
            .between(1, 5).help("自公司成立之日起，以年计", "in years from the company's founding");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("有限责任公司设立登记", "Registration of a limited liability company"), Amr.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 3, 1, Amr.WINDOW.guide(
                    List.of(Bilingual.of("公司名称符合企业名称登记管理规定，自主申报且不与同行业已登记名称相同",
                                    "the company name complies with the rules on enterprise names, is declared by "
                                            + "the applicant and is not that of a registered company in the same trade"),
                            Bilingual.of("股东为一个以上五十个以下", "one to fifty shareholders"),
                            Bilingual.of("有符合公司法规定的公司章程，全体股东认缴的出资额自公司成立之日起五年内缴足",
                                    "articles of association as the Company Law requires; the capital subscribed by "
                                            + "all shareholders is paid in within five years of founding"),
                            Bilingual.of("有公司住所，有符合要求的组织机构",
                                    "a registered address and an organisation as required")),
                    List.of(Material.required("application-form", Bilingual.of("公司登记（备案）申请书",
                                    "application for company registration (filing)"), Material.Form.ORIGINAL, 1)
                                    .withNotes(Bilingual.of("法定代表人签署；载明董事、监事、经理等任职信息",
                                            "signed by the legal representative; names the directors, supervisors "
                                                    + "and manager")),
                            Material.required("articles", Bilingual.of("公司章程", "articles of association"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("全体股东签署（盖章）",
                                    "signed (sealed) by all shareholders")),
                            Material.required("shareholder-ids", Bilingual.of("股东主体资格证明或自然人身份证件复印件",
                                    "proof of each shareholder's legal status, or copies of personal ID documents"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of(
                                    "自然人股东提交身份证复印件，法人股东提交营业执照复印件",
                                    "a copy of the ID card of a natural person, of the business licence of a "
                                            + "legal person")),
                            Material.required("premises", Bilingual.of("住所（经营场所）使用证明或住所申报承诺书",
                                    "proof of the right to use the address, or a signed address declaration"),
                                    Material.Form.ORIGINAL_AND_COPY, 1).withNotes(Bilingual.of(
                                    "园区标准厂房可由园区管委会出具使用证明",
                                    "for the park's standard factory buildings the park committee issues the proof")),
                            Amr.PROXY),
                    List.of(Bilingual.of("申请人在综合窗口提交申请材料", "the applicant files the materials at the general window"),
                            Bilingual.of("窗口受理并分转市场监管局", "the window accepts and forwards them to market regulation"),
                            Bilingual.of("登记机关形式审查", "the registry reviews their form"),
                            Bilingual.of("准予登记，核发营业执照", "registration is granted and the business licence issued"),
                            Bilingual.of("窗口领取或快递送达执照", "the licence is picked up at the window or sent by express")),
                    List.of(Bilingual.of("《中华人民共和国公司法》第二十九条、第四十二条、第四十七条",
                                    "Company Law of the PRC, articles 29, 42 and 47"),
                            Bilingual.of("《中华人民共和国市场主体登记管理条例》第十九条",
                                    "Regulation of the PRC on the Registration of Market Entities, article 19"),
                            Bilingual.of("《中华人民共和国市场主体登记管理条例实施细则》第二十六条",
                                    "Implementing Rules of the Regulation on the Registration of Market Entities, "
                                            + "article 26")))
                    .withFields(COMPANY_NAME, CAPITAL, SHAREHOLDERS, PAY_IN_YEARS, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    /** 网上申请: the materials are taken as uploaded files and reviewed as at the window. */
    @Override
    public boolean acceptsOnline() {
        return true;
    }

    /** The form checks the name is given and the counts lie within the law's bounds; this adds what it cannot. */
    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Amr.PROXY && application.flag(FormField.BY_AGENT.key())));
        String name = application.fact(COMPANY_NAME.key());
        if (!name.isBlank() && !name.endsWith("有限公司") && !name.endsWith("有限责任公司")) {
            problems.add(new Problem(COMPANY_NAME.key(), Bilingual.of("有限责任公司名称须以“有限公司”或“有限责任公司”结尾",
                    "the name of a limited liability company must end in 有限公司 or 有限责任公司")));
        }
        FactChecks.positiveNumber(application, CAPITAL, problems);
        return Review.of(problems);
    }
}
