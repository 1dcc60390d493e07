package org.parkhall.dept.hrss.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Decision;
import org.parkhall.spi.FactChecks;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.ItemCode;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

/**
 * 职工参保登记（职工社会保险增员） — an employer enrols a new employee in social insurance within thirty days of
 * hiring (社会保险法 第五十八条). The law does not turn late enrolment away: the agency still registers, and the
 * contributions are owed from the month of hiring (第五十八条 核定, 第八十六条 补缴), so a late hiring date only
 * changes what the decision says. Registered at the window (即办件); the citizen ID number is the social security
 * number.
 */
@Component(service = ItemHandler.class)
@ItemCode(EmployeeEnrolmentHandler.CODE)
public final class EmployeeEnrolmentHandler implements ItemHandler {
    static final String CODE = "HRSS-SI-02";
    /** 自用工之日起三十日内 (社会保险法 第五十八条). */
    private static final int ENROL_WITHIN_DAYS = 30;

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("职工参保登记（职工社会保险增员）", "Enrolment of an employee in social insurance"),
            Hrss.DEPARTMENT, ItemKind.ADMINISTRATIVE_CONFIRMATION, 15, 0, Hrss.WINDOW.freeGuide(
                    List.of("用人单位已办理单位参保登记",
                            "与职工建立劳动关系（自用工之日起即建立劳动关系，试用期包含在内）",
                            "自用工之日起三十日内申请；逾期的仍予登记，社会保险费自用工之月起补缴",
                            "职工以公民身份号码作为社会保障号码"),
                    List.of(Material.required("application-form", "社会保险参保人员增员表（职工参保登记表）",
                                    Material.Form.ORIGINAL, 1,
                                    "逐人填写姓名、公民身份号码、用工日期、缴费工资等，加盖单位印章"),
                            Material.required("employee-id", "职工居民身份证", Material.Form.COPY, 1,
                                    "核对姓名与公民身份号码"),
                            Hrss.PROXY),
                    List.of("用人单位在综合窗口提交增员申请",
                            "窗口核验职工身份信息",
                            "当场办结职工参保登记，同步办理就业登记",
                            "用人单位按月向税务部门申报缴纳社会保险费"),
                    List.of("《中华人民共和国社会保险法》第五十八条、第六十条、第八十四条、第八十六条",
                            "《中华人民共和国劳动合同法》第七条",
                            "《社会保险经办条例》（国务院令第765号）",
                            "《就业服务与就业管理规定》第六十二条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Hrss.PROXY && application.flag("byAgent")));
        FactChecks.requireEnterprise(application, Hrss.EMPLOYER_APPLIES, problems);
        if (application.fact("employeeName").isBlank()) {
            problems.add(Problem.required("employeeName", "职工姓名", "employee name"));
        }
        String idNumber = employeeIdNumber(application);
        if (idNumber.isEmpty()) {
            problems.add(Problem.required("employeeIdNumber", "职工公民身份号码", "employee ID number"));
        } else if (!IdentityNumbers.isValidIdCard(idNumber)) {
            // Masked: the one-time notice is printed and shown at the window.
            problems.add(new Problem("employeeIdNumber", Bilingual.of(
                    "职工公民身份号码" + IdentityNumbers.maskIdCard(idNumber) + "无效：须为18位且校验位正确",
                    "the employee ID number is not a valid 18-digit citizen ID number")));
        }
        FactChecks.pastDate(application, "hiredOn", "用工日期", "hiring date", Hrss.today(), problems);
        return Review.of(problems);
    }

    /** Registered at the window; a late enrolment is registered too, with the contributions owed since hiring. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        String result = "职工参保登记（社会保障号码 " + IdentityNumbers.maskIdCard(employeeIdNumber(application))
                + "，自用工之月起参保缴费";
        LocalDate today = Hrss.today();
        boolean late = FactChecks.pastDate(application, "hiredOn", today)
                .map(hired -> hired.plusDays(ENROL_WITHIN_DAYS).isBefore(today))
                .orElse(false);
        return Optional.of(Decision.approve(late
                ? result + "；自用工之日起超过三十日登记，须自用工之月起补缴社会保险费）"
                : result + "）"));
    }

    private static String employeeIdNumber(Application application) {
        return application.fact("employeeIdNumber").strip().toUpperCase();
    }
}
