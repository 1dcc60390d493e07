package org.parkhall.dept.hrss.internal;

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
 * 单位参保登记（社会保险登记） — an employer registers for social insurance within thirty days of its establishment;
 * the social insurance agency reviews within fifteen days of receiving the application (社会保险法 第五十七条).
 * Registration only records facts the business licence already proves, so the hall registers at the window
 * (即办件) and the fifteen days stay the legal ceiling.
 */
@Component(service = ItemHandler.class)
@ItemCode(EmployerRegistrationHandler.CODE)
public final class EmployerRegistrationHandler implements ItemHandler {
    static final String CODE = "HRSS-SI-01";

    private static final FormField ESTABLISHED_ON = FormField.date("establishedOn", "单位成立日期",
            "date of establishment");
    private static final FormField EMPLOYEES = FormField.integer("employees", "职工人数", "number of employees")
            .atLeast(1);
    /** One of the registration particulars (社会保险费征缴暂行条例 第七条). */
    private static final FormField BANK_ACCOUNT = FormField.text("bankAccount", "存款账户账号", "bank account number");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("单位参保登记（社会保险登记）", "Employer registration for social insurance"),
            Hrss.DEPARTMENT, ItemKind.ADMINISTRATIVE_CONFIRMATION, 15, 0, Hrss.WINDOW.guide(
                    List.of(Bilingual.of("依法成立的企业、有雇工的个体工商户等用人单位，凭统一社会信用代码申请",
                                    "employers such as lawfully established enterprises, and individual businesses "
                                            + "with employees, apply by their unified social credit code"),
                            Bilingual.of("自成立之日起三十日内申请；在市场监管部门登记时已同步办理的，无需重复登记",
                                    "apply within thirty days of establishment; an employer registered for social "
                                            + "insurance together with its business registration need not "
                                            + "register again"),
                            Bilingual.of("已在银行或者其他金融机构开立存款账户",
                                    "the employer has a deposit account with a bank or another financial "
                                            + "institution"),
                            Bilingual.of("逾期未登记的，由社会保险行政部门责令限期改正，登记后依法补缴社会保险费",
                                    "an employer that registers late is ordered to correct this within a time "
                                            + "limit, and pays the contributions owed once registered")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("社会保险登记表（单位）", "social insurance registration form (employer)"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "载明单位名称、住所、经营地点、单位类型、法定代表人或负责人、开户银行账号等"
                                                    + "登记事项，加盖单位印章",
                                            "states the employer's name, domicile, place of business, type, legal "
                                                    + "representative or person in charge, bank account number and "
                                                    + "the other registration particulars, and bears its seal")),
                            Material.required("business-licence", Bilingual.of("营业执照", "business licence"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "查验后退还；可出示电子营业执照",
                                            "checked and returned; the electronic business licence will do")),
                            Hrss.PROXY),
                    List.of(Bilingual.of("用人单位在综合窗口提交申请",
                                    "the employer applies at the general window"),
                            Bilingual.of("窗口核对营业执照及市场监管部门共享的登记信息",
                                    "the window checks the business licence against the registration data shared "
                                            + "by market regulation"),
                            Bilingual.of("社会保险经办机构审核登记事项",
                                    "the social insurance agency reviews the registration particulars"),
                            Bilingual.of("当场办结，出具单位参保证明；“五证合一”后营业执照即社会保险登记证件",
                                    "registered on the spot, with a certificate of the employer's social insurance "
                                            + "registration; since the five-in-one reform the business licence is "
                                            + "also the social insurance registration certificate")),
                    List.of(Bilingual.of("《中华人民共和国社会保险法》第八条、第五十七条、第八十四条",
                                    "Social Insurance Law of the PRC, articles 8, 57 and 84"),
                            Bilingual.of("《社会保险费征缴暂行条例》第七条、第八条",
                                    "Interim Regulations on the Collection and Payment of Social Insurance "
                                            + "Contributions, articles 7 and 8"),
                            Bilingual.of("《社会保险经办条例》（国务院令第765号）",
                                    "Regulations on Social Insurance Handling (State Council Decree No. 765)"),
                            Bilingual.of("《国务院办公厅关于加快推进“五证合一、一照一码”登记制度改革的通知》"
                                            + "（国办发〔2016〕53号）",
                                    "Notice of the General Office of the State Council on Speeding Up the "
                                            + "\"Five Certificates in One, One Licence One Code\" Registration "
                                            + "Reform (Guo Ban Fa [2016] No. 53)")))
                    .withFields(ESTABLISHED_ON, EMPLOYEES, BANK_ACCOUNT, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Hrss.PROXY && application.flag(FormField.BY_AGENT.key())));
        FactChecks.requireEnterprise(application, Hrss.EMPLOYER_APPLIES, problems);
        // Registering late is still registering: the law orders it done, so lateness is no ground to turn it away;
        // only a date still to come is wrong. The form checks the rest.
        FactChecks.pastDate(application, ESTABLISHED_ON, Hrss.today(), problems);
        return Review.of(problems);
    }

    /** Complete materials that match the shared registration information are registered at the window. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("社会保险登记证明（单位参保证明）"));
    }
}
