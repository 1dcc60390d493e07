package org.parkhall.dept.tax.internal;

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
 * 新办纳税人涉税事项（登记信息确认） — a newly registered business confirms its tax registration information. Under
 * 多证合一 the business licence is the tax registration, so the taxpayer confirms what market regulation shared and
 * reports its accounting system and bank account; the tax office registers on the day it receives the application
 * (税收征收管理法 第十五条), so the item is decided at the window (即办件).
 */
@Component(service = ItemHandler.class)
@ItemCode(RegistrationConfirmationHandler.CODE)
public final class RegistrationConfirmationHandler implements ItemHandler {
    static final String CODE = "TAX-REG-01";

    static final FormField ACCOUNTING_SYSTEM = FormField.text("accountingSystem", "财务会计制度",
            "financial accounting system").help("如《小企业会计准则》《企业会计准则》",
            "e.g. Accounting Standards for Small Enterprises, Accounting Standards for Business Enterprises");
    static final FormField BANK_ACCOUNT = FormField.text("bankAccount", "存款账户账号", "bank account number")
            .maxLength(40);

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("新办纳税人涉税事项（登记信息确认）",
                    "New taxpayer: confirmation of tax registration information"), Tax.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_CONFIRMATION, 0, 0, Tax.WINDOW.guide(
                    List.of(Bilingual.of("已领取加载统一社会信用代码的营业执照（“多证合一”后营业执照即税务登记证件）的企业、"
                                    + "个体工商户等从事生产、经营的纳税人",
                                    "a business (company, individual business...) holding a business licence with its "
                                            + "unified social credit code, which since the merger of certificates is "
                                            + "also its tax registration"),
                            Bilingual.of("法定代表人（负责人、业主）和办税人员已完成实名信息采集",
                                    "the legal representative (head, owner) and the tax clerk have completed "
                                            + "real-name registration"),
                            Bilingual.of("已确定财务、会计制度或者财务、会计处理办法",
                                    "a financial and accounting system or method has been chosen"),
                            Bilingual.of("已在银行或者其他金融机构开立存款账户",
                                    "a deposit account is open at a bank or other financial institution")),
                    List.of(Material.required("application-form", Bilingual.of("“多证合一”登记信息确认表",
                                    "confirmation form of the merged-certificate registration information"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                    "依据市场监管部门共享的登记信息生成，纳税人核对无误后签章确认；信息有误的当场更正",
                                    "generated from the registration shared by market regulation; the taxpayer "
                                            + "checks and seals it, errors are corrected on the spot")),
                            Tax.PROXY),
                    List.of(Bilingual.of("纳税人在综合窗口提交申请", "the taxpayer applies at the general window"),
                            Bilingual.of("窗口调取共享登记信息，生成《“多证合一”登记信息确认表》",
                                    "the window retrieves the shared registration and prints the confirmation form"),
                            Bilingual.of("纳税人核对确认登记信息，报告财务会计制度和存款账户账号",
                                    "the taxpayer confirms the registration and reports its accounting system and "
                                            + "bank account"),
                            Bilingual.of("当场办结，统一社会信用代码即纳税人识别号",
                                    "done on the spot; the unified social credit code is the taxpayer number"),
                            Bilingual.of("税务机关依职权认定税（费）种并告知申报期限",
                                    "the tax office determines the taxes and fees due and the filing deadlines")),
                    List.of(Bilingual.of("《中华人民共和国税收征收管理法》第十五条、第十七条、第二十条",
                                    "Law of the PRC on the Administration of Tax Collection, articles 15, 17 and 20"),
                            Bilingual.of("《中华人民共和国税收征收管理法实施细则》第十二条、第十七条、第二十四条",
                                    "Implementing Rules of the Law on the Administration of Tax Collection, articles "
                                            + "12, 17 and 24"),
                            Bilingual.of("《税务登记管理办法》第十三条", "Measures for the Administration of Tax "
                                    + "Registration, article 13"),
                            Bilingual.of("《国务院办公厅关于加快推进“多证合一”改革的指导意见》（国办发〔2017〕41号）",
                                    "General Office of the State Council, guidance on the merger of certificates "
                                            + "(Guobanfa [2017] No. 41)"),
                            Bilingual.of("《国家税务总局关于落实“三证合一”登记制度改革的通知》（税总函〔2015〕482号）",
                                    "State Taxation Administration, notice on the three-in-one registration reform "
                                            + "(Shuizonghan [2015] No. 482)")))
                    .withFields(ACCOUNTING_SYSTEM, BANK_ACCOUNT, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Tax.PROXY && application.flag(FormField.BY_AGENT.key())));
        FactChecks.requireEnterprise(application, Bilingual.of(
                "请以领取营业执照的纳税人名义、凭统一社会信用代码（即纳税人识别号）申请，"
                        + "不能以法定代表人或办税人员个人名义申请",
                "apply in the business's name by its unified social credit code, which is its taxpayer number"),
                problems);
        return Review.of(problems);
    }

    /** The tax office registers on the day it receives a complete application: confirmed at the window. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve(
                "税务登记信息确认（纳税人识别号 " + application.applicant().idNumber() + "）"));
    }
}
