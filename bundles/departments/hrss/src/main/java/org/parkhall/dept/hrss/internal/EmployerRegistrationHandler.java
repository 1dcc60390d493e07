package org.parkhall.dept.hrss.internal;

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
 * 单位参保登记（社会保险登记） — an employer registers for social insurance within thirty days of its establishment;
 * the social insurance agency reviews within fifteen days of receiving the application (社会保险法 第五十七条).
 * Registration only records facts the business licence already proves, so the hall registers at the window
 * (即办件) and the fifteen days stay the legal ceiling.
 */
@Component(service = ItemHandler.class)
@ItemCode(EmployerRegistrationHandler.CODE)
public final class EmployerRegistrationHandler implements ItemHandler {
    static final String CODE = "HRSS-SI-01";

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("单位参保登记（社会保险登记）", "Employer registration for social insurance"),
            Hrss.DEPARTMENT, ItemKind.ADMINISTRATIVE_CONFIRMATION, 15, 0, Hrss.WINDOW.freeGuide(
                    List.of("依法成立的企业、有雇工的个体工商户等用人单位，凭统一社会信用代码申请",
                            "自成立之日起三十日内申请；在市场监管部门登记时已同步办理的，无需重复登记",
                            "已在银行或者其他金融机构开立存款账户",
                            "逾期未登记的，由社会保险行政部门责令限期改正，登记后依法补缴社会保险费"),
                    List.of(Material.required("application-form", "社会保险登记表（单位）", Material.Form.ORIGINAL, 1,
                                    "载明单位名称、住所、经营地点、单位类型、法定代表人或负责人、开户银行账号等"
                                            + "登记事项，加盖单位印章"),
                            Material.required("business-licence", "营业执照", Material.Form.ORIGINAL, 1,
                                    "查验后退还；可出示电子营业执照"),
                            Hrss.PROXY),
                    List.of("用人单位在综合窗口提交申请",
                            "窗口核对营业执照及市场监管部门共享的登记信息",
                            "社会保险经办机构审核登记事项",
                            "当场办结，出具单位参保证明；“五证合一”后营业执照即社会保险登记证件"),
                    List.of("《中华人民共和国社会保险法》第八条、第五十七条、第八十四条",
                            "《社会保险费征缴暂行条例》第七条、第八条",
                            "《社会保险经办条例》（国务院令第765号）",
                            "《国务院办公厅关于加快推进“五证合一、一照一码”登记制度改革的通知》"
                                    + "（国办发〔2016〕53号）")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Hrss.PROXY && application.flag("byAgent")));
        FactChecks.requireEnterprise(application, Hrss.EMPLOYER_APPLIES, problems);
        // Registering late is still registering: the law orders it done, so lateness is no ground to turn it away.
        FactChecks.pastDate(application, "establishedOn", "单位成立日期", "date of establishment", Hrss.today(),
                problems);
        FactChecks.wholeNumber(application, "employees", "职工人数", "number of employees", 1, FactChecks.NO_MAXIMUM,
                problems);
        if (application.fact("bankAccount").isBlank()) {
            problems.add(Problem.required("bankAccount", "开户银行账号", "bank account number"));
        }
        return Review.of(problems);
    }

    /** Complete materials that match the shared registration information are registered at the window. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("社会保险登记证明（单位参保证明）"));
    }
}
