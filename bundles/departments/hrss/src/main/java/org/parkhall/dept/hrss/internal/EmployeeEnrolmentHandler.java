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
import org.parkhall.spi.FormField;
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

    private static final FormField EMPLOYEE_NAME = FormField.text("employeeName", "职工姓名", "employee's name");
    /** It becomes the social security number. */
    private static final FormField EMPLOYEE_ID_NUMBER = FormField.idNumber("employeeIdNumber", "职工公民身份号码",
            "employee's citizen ID number");
    private static final FormField HIRED_ON = FormField.date("hiredOn", "用工日期", "hiring date")
            .help("职工开始工作之日，试用期包含在内", "the employee's first day of work, probation included");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("职工参保登记（职工社会保险增员）", "Enrolment of an employee in social insurance"),
            Hrss.DEPARTMENT, ItemKind.ADMINISTRATIVE_CONFIRMATION, 15, 0, Hrss.WINDOW.guide(
                    List.of(Bilingual.of("用人单位已办理单位参保登记",
                                    "the employer is registered for social insurance"),
                            Bilingual.of("与职工建立劳动关系（自用工之日起即建立劳动关系，试用期包含在内）",
                                    "the employee works for the employer (employment begins on the first day of "
                                            + "work, probation included)"),
                            Bilingual.of("自用工之日起三十日内申请；逾期的仍予登记，社会保险费自用工之月起补缴",
                                    "apply within thirty days of the first day of work; a late enrolment is still "
                                            + "registered, and contributions are paid back to the month of hiring"),
                            Bilingual.of("职工以公民身份号码作为社会保障号码",
                                    "the employee's citizen ID number is the social security number")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("社会保险参保人员增员表（职工参保登记表）",
                                            "social insurance enrolment form for new employees"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "逐人填写姓名、公民身份号码、用工日期、缴费工资等，加盖单位印章",
                                            "one line per employee with name, citizen ID number, hiring date and "
                                                    + "contribution wage; bears the employer's seal")),
                            Material.required("employee-id",
                                    Bilingual.of("职工居民身份证", "employee's resident identity card"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of("核对姓名与公民身份号码",
                                            "name and citizen ID number are checked against it")),
                            Hrss.PROXY),
                    List.of(Bilingual.of("用人单位在综合窗口提交增员申请",
                                    "the employer files the enrolment at the general window"),
                            Bilingual.of("窗口核验职工身份信息", "the window verifies the employee's identity"),
                            Bilingual.of("当场办结职工参保登记，同步办理就业登记",
                                    "the employee is enrolled on the spot, and registered as employed at the same "
                                            + "time"),
                            Bilingual.of("用人单位按月向税务部门申报缴纳社会保险费",
                                    "the employer declares and pays the contributions to the tax office every "
                                            + "month")),
                    List.of(Bilingual.of("《中华人民共和国社会保险法》第五十八条、第六十条、第八十四条、第八十六条",
                                    "Social Insurance Law of the PRC, articles 58, 60, 84 "
                                            + "and 86"),
                            Bilingual.of("《中华人民共和国劳动合同法》第七条",
                                    "Labour Contract Law of the PRC, article 7"),
                            Bilingual.of("《社会保险经办条例》（国务院令第765号）",
                                    "Regulations on Social Insurance Handling (State Council Decree No. 765)"),
                            Bilingual.of("《就业服务与就业管理规定》第六十二条",
                                    "Provisions on Employment Services and Employment Management, article 62")))
                    .withFields(EMPLOYEE_NAME, EMPLOYEE_ID_NUMBER, HIRED_ON, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Hrss.PROXY && application.flag(FormField.BY_AGENT.key())));
        FactChecks.requireEnterprise(application, Hrss.EMPLOYER_APPLIES, problems);
        String idNumber = employeeIdNumber(application);
        if (!idNumber.isEmpty()) {
            // The form's own problem, naming the number it is about, masked: the notice is printed and shown at
            // the window.
            String masked = IdentityNumbers.maskIdCard(idNumber);
            EMPLOYEE_ID_NUMBER.check(idNumber).map(problem -> new Problem(problem.subject(), Bilingual.of(
                    problem.reason().zh() + "：" + masked, problem.reason().en() + ": " + masked)))
                    .ifPresent(problems::add);
        }
        FactChecks.pastDate(application, HIRED_ON, Hrss.today(), problems);
        return Review.of(problems);
    }

    /** Registered at the window; a late enrolment is registered too, with the contributions owed since hiring. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        String result = "职工参保登记（社会保障号码 " + IdentityNumbers.maskIdCard(employeeIdNumber(application))
                + "，自用工之月起参保缴费";
        LocalDate today = Hrss.today();
        boolean late = FactChecks.pastDate(application, HIRED_ON.key(), today)
                .map(hired -> hired.plusDays(ENROL_WITHIN_DAYS).isBefore(today))
                .orElse(false);
        return Optional.of(Decision.approve(late
                ? result + "；自用工之日起超过三十日登记，须自用工之月起补缴社会保险费）"
                : result + "）"));
    }

    private static String employeeIdNumber(Application application) {
        return application.fact(EMPLOYEE_ID_NUMBER.key()).strip().toUpperCase();
    }
}
