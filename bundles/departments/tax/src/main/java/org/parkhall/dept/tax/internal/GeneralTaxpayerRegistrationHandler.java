package org.parkhall.dept.tax.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Applicant;
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
 * 增值税一般纳税人登记 — registering as a general VAT taxpayer. A taxpayer whose annual taxable sales exceed the
 * small-scale standard of five million yuan must register; one not over it may register if its accounting is sound
 * (增值税法 第九条). Natural persons do not register. A filing-like confirmation: registered at the window (即办件)
 * when the form is complete and matches the registration information.
 */
@Component(service = ItemHandler.class)
@ItemCode(GeneralTaxpayerRegistrationHandler.CODE)
public final class GeneralTaxpayerRegistrationHandler implements ItemHandler {
    static final String CODE = "TAX-GVT-01";
    /** 小规模纳税人标准: annual taxable sales not over this many yuan (增值税法 第九条). */
    private static final BigDecimal SMALL_SCALE_STANDARD = new BigDecimal("5000000");

    static final FormField ANNUAL_SALES = FormField.money("annualSales", "年应征增值税销售额", "annual taxable sales")
            .unit("元", "yuan").help("连续不超过12个月或四个季度的经营期内累计，不含税",
                    "over at most 12 consecutive months or four quarters, tax excluded");
    static final FormField SOUND_ACCOUNTING = FormField.yesNo("soundAccounting", "会计核算健全", "sound accounting");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("增值税一般纳税人登记", "Registration as a general VAT taxpayer"), Tax.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_CONFIRMATION, 0, 0, Tax.WINDOW.guide(
                    List.of(Bilingual.of("年应征增值税销售额（连续不超过12个月或四个季度的经营期内累计）超过500万元的，应当办理登记",
                                    "a taxpayer whose annual taxable sales (over at most 12 consecutive months or "
                                            + "four quarters) exceed 5 million yuan must register"),
                            Bilingual.of("年应征增值税销售额未超过500万元，会计核算健全、能够提供准确税务资料的，可以办理登记",
                                    "one not over 5 million yuan may register if its accounting is sound and gives "
                                            + "accurate tax records"),
                            Bilingual.of("自然人不办理一般纳税人登记", "natural persons do not register"),
                            Bilingual.of("登记为一般纳税人后，不得转为小规模纳税人",
                                    "once registered, a general taxpayer cannot become a small-scale taxpayer again")),
                    List.of(Material.required("application-form", Bilingual.of("增值税一般纳税人登记表",
                                    "registration form of a general VAT taxpayer"), Material.Form.ORIGINAL, 1)
                                    .withNotes(Bilingual.of("如实填写固定生产经营场所、年应征增值税销售额、会计核算情况等信息",
                                            "states truthfully the fixed premises, annual taxable sales and "
                                                    + "accounting")),
                            Tax.PROXY),
                    List.of(Bilingual.of("纳税人在综合窗口提交《增值税一般纳税人登记表》",
                                    "the taxpayer files the registration form at the general window"),
                            Bilingual.of("填报内容与税务登记信息一致、符合填列要求的，当场登记",
                                    "a form that matches the tax registration and is filled in as required is "
                                            + "registered on the spot"),
                            Bilingual.of("不一致或不符合填列要求的，当场一次性告知需要补正的内容",
                                    "otherwise everything to correct is told at once, on the spot"),
                            Bilingual.of("告知一般纳税人生效之日", "the taxpayer is told from when the status applies")),
                    List.of(Bilingual.of("《中华人民共和国增值税法》第九条", "Value-Added Tax Law of the PRC, article 9"),
                            Bilingual.of("《中华人民共和国增值税法实施条例》",
                                    "Implementing Regulation of the Value-Added Tax Law of the PRC"),
                            Bilingual.of("《国家税务总局关于增值税一般纳税人登记管理有关事项的公告》"
                                    + "（国家税务总局公告2026年第2号）",
                                    "State Taxation Administration announcement on the registration of general VAT "
                                            + "taxpayers (No. 2 of 2026)")))
                    .withFields(ANNUAL_SALES, SOUND_ACCOUNTING, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        if (application.applicant().kind() != Applicant.Kind.ENTERPRISE) {
            return Review.refuse(Bilingual.of("自然人不办理增值税一般纳税人登记；个体工商户请以其统一社会信用代码申请",
                    "natural persons do not register as general VAT taxpayers; an individual business applies by "
                            + "its credit code"), Tax.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Tax.PROXY && application.flag(FormField.BY_AGENT.key())));
        // The form tells a missing or negative amount; the rule on sound accounting needs a valid one.
        Optional<BigDecimal> sales = annualSales(application);
        if (sales.isPresent() && !mustRegister(sales.get()) && !application.flag(SOUND_ACCOUNTING.key())) {
            problems.add(new Problem(SOUND_ACCOUNTING.key(), Bilingual.of(
                    "年应征增值税销售额未超过500万元的，须会计核算健全、能够提供准确税务资料方可登记为一般纳税人；"
                            + "请确认会计核算健全，否则继续按小规模纳税人纳税",
                    "with annual taxable sales not over 5,000,000 yuan, only a taxpayer with sound accounting may "
                            + "register; otherwise it stays a small-scale taxpayer")));
        }
        return Review.of(problems);
    }

    /** Registered at the window; the status takes effect from the first day of the period the law names. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        boolean mandatory = annualSales(application).map(GeneralTaxpayerRegistrationHandler::mustRegister)
                .orElse(false);
        return Optional.of(Decision.approve(mandatory
                ? "增值税一般纳税人登记（自年应征增值税销售额超过规定标准的当期1日起生效）"
                : "增值税一般纳税人登记（自办理登记的当期1日起生效）"));
    }

    private static boolean mustRegister(BigDecimal sales) {
        return sales.compareTo(SMALL_SCALE_STANDARD) > 0;
    }

    /** Zero is a valid amount: a taxpayer with no sales yet may still register if its accounting is sound. */
    private static Optional<BigDecimal> annualSales(Application application) {
        return FactChecks.number(application, ANNUAL_SALES.key()).filter(sales -> sales.signum() >= 0);
    }
}
