package org.parkhall.dept.tax.internal;

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
 * 发票领用（发票票种核定） — the tax office confirms which kinds of invoice a registered taxpayer may use, how many
 * (for digital e-invoices 数电发票, the total invoicing amount) and how they are issued, within five working days
 * (发票管理办法 第十五条). The law calls this a confirmation (确认) and it is not on the national list of tax
 * licences, so the item is an administrative confirmation. It is decided by an approver, because the quantity
 * depends on the taxpayer's scale and risk level; the hall promises one working day, the time the tax service
 * commits to for a new taxpayer's first invoices (新办纳税人首次申领发票).
 */
@Component(service = ItemHandler.class)
@ItemCode(InvoiceTypeHandler.CODE)
public final class InvoiceTypeHandler implements ItemHandler {
    static final String CODE = "TAX-INV-01";

    /** Only paper invoices carry the invoice seal; digital e-invoices need none. */
    private static final Material SEAL = Material.conditional("invoice-seal", Bilingual.of("发票专用章印模",
            "impression of the invoice seal"), Bilingual.of("领用纸质发票的", "when paper invoices are needed"),
            Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("按国务院税务主管部门规定的式样制作",
            "made to the pattern the State Council's tax authority prescribes"));

    static final FormField INVOICE_TYPES = FormField.text("invoiceTypes", "申请领用的发票种类", "invoice types")
            .help("如数电发票（增值税专用发票）、数电发票（普通发票）",
                    "e.g. digital e-invoice (special VAT invoice), digital e-invoice (ordinary invoice)");
    static final FormField PAPER_INVOICES = FormField.yesNo("paperInvoices", "领用纸质发票", "needs paper invoices");
    static final FormField REAL_NAME_VERIFIED = FormField.yesNo("realNameVerified", "已完成实名信息采集和验证",
            "real-name verification done");
    static final FormField REFUSES_VIOLATION_HANDLING = FormField.yesNo("refusesViolationHandling",
            "有税收违法行为且拒不接受处理", "refuses to accept the handling of a tax violation");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("发票领用（发票票种核定）", "Invoice issue: approval of invoice types"), Tax.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_CONFIRMATION, 5, 1, Tax.WINDOW.guide(
                    List.of(Bilingual.of("已办理登记信息确认的纳税人（营业执照即税务登记证件）",
                                    "a taxpayer whose registration information is confirmed (the business licence "
                                            + "is its tax registration)"),
                            Bilingual.of("法定代表人（负责人、业主）、财务负责人和办税人员已完成实名信息采集和验证（实名办税）",
                                    "the legal representative (head, owner), financial officer and tax clerk have "
                                            + "completed real-name registration and verification"),
                            Bilingual.of("数电发票无需领用税控设备，由税务机关确定发票总额度；领用纸质发票的须有发票专用章",
                                    "digital e-invoices need no tax control device, the tax office sets the total "
                                            + "amount; paper invoices need an invoice seal"),
                            Bilingual.of("有税收违法行为、拒不接受税务机关处理的，税务机关可以停止向其发售发票",
                                    "a taxpayer that refuses to accept the handling of a tax violation may be "
                                            + "issued no invoices")),
                    List.of(Material.required("application-form", Bilingual.of("纳税人领用发票票种核定表",
                                    "form for the approval of invoice types"), Material.Form.ORIGINAL, 1)
                                    .withNotes(Bilingual.of("写明申请的发票种类、数量或额度及领用方式",
                                            "states the invoice types, quantity or amount and how they are issued")),
                            Material.required("business-licence", Bilingual.of("营业执照（设立登记证件）",
                                    "business licence (registration certificate)"), Material.Form.ORIGINAL, 1)
                                    .withNotes(Bilingual.of("查验后退还；可出示电子营业执照",
                                            "returned once checked; the electronic licence will do")),
                            Material.required("handler-id", Bilingual.of("经办人身份证件", "the clerk's ID document"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                    "查验后退还；经办人须已完成实名信息采集",
                                    "returned once checked; the clerk must have completed real-name registration")),
                            SEAL,
                            Tax.PROXY),
                    List.of(Bilingual.of("纳税人在综合窗口提交申请", "the taxpayer applies at the general window"),
                            Bilingual.of("窗口受理并分转税务局", "the window accepts and forwards to the tax office"),
                            Bilingual.of("税务机关根据经营范围、规模和风险等级确认发票种类、数量或额度以及领用方式",
                                    "the tax office sets the invoice types, quantity or amount and issue by the "
                                            + "business scope, scale and risk level"),
                            Bilingual.of("告知核定结果；数电发票即可开具，纸质发票当场发放",
                                    "the result is told; digital e-invoices can be issued at once, paper invoices "
                                            + "are handed over on the spot")),
                    List.of(Bilingual.of("《中华人民共和国发票管理办法》第十五条",
                                    "Measures of the PRC for the Administration of Invoices, article 15"),
                            Bilingual.of("《中华人民共和国税收征收管理法》第二十一条、第七十二条",
                                    "Law of the PRC on the Administration of Tax Collection, articles 21 and 72"),
                            Bilingual.of("《国家税务总局关于新办纳税人首次申领增值税发票有关事项的公告》"
                                    + "（国家税务总局公告2018年第29号）",
                                    "State Taxation Administration announcement on new taxpayers' first VAT "
                                            + "invoices (No. 29 of 2018)"),
                            Bilingual.of("《国家税务总局关于推广应用全面数字化电子发票的公告》（国家税务总局公告2024年第11号）",
                                    "State Taxation Administration announcement on digital e-invoices (No. 11 of "
                                            + "2024)")))
                    .withFields(INVOICE_TYPES, PAPER_INVOICES, REAL_NAME_VERIFIED, REFUSES_VIOLATION_HANDLING,
                            FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        // Tax arrears alone are no ground to withhold invoices; refusing to accept the handling of a violation is.
        if (application.flag(REFUSES_VIOLATION_HANDLING.key())) {
            return Review.refuse(Bilingual.of(
                    "纳税人有税收违法行为、拒不接受税务机关处理，依照《中华人民共和国税收征收管理法》第七十二条"
                            + "停止向其发售发票；接受处理后可重新申请",
                    "the taxpayer refuses to accept the handling of its tax violation, so no invoices are issued "
                            + "until it does"), Tax.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Tax.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == SEAL && application.flag(PAPER_INVOICES.key())));
        FactChecks.requireEnterprise(application, Bilingual.of(
                "发票领用须以已办理登记信息确认的纳税人名义、凭统一社会信用代码申请；"
                        + "个人临时需要发票的，可申请代开发票",
                "apply in the registered taxpayer's name by its credit code; a person needing an invoice once may "
                        + "have one issued by the tax office"), problems);
        if (!application.flag(REAL_NAME_VERIFIED.key())) {
            problems.add(new Problem(REAL_NAME_VERIFIED.key(), Bilingual.of(
                    "法定代表人（负责人、业主）、财务负责人和办税人员须先完成实名信息采集和验证，可在窗口当场采集",
                    "the legal representative, financial officer and tax clerk must first have their real-name "
                            + "information collected")));
        }
        return Review.of(problems);
    }
}
