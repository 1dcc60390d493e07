package org.parkhall.dept.emergency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * 危险化学品经营许可证核发（不带储存设施） — hazardous chemicals business licence for an enterprise that trades
 * without storage facilities (e.g. 票据经营), the only kind the county issues. With storage facilities, or for
 * highly toxic chemicals or chemicals that can be used to make explosives, the licence is issued by the department
 * of the city with districts (危险化学品安全管理条例 第三十五条; 危险化学品经营许可证管理办法 第五条), so such
 * applications are refused with that advice. Decided within 30 days of acceptance after a site check (办法 第十一条).
 */
@Component(service = ItemHandler.class)
@ItemCode(HazardousChemicalsLicenceHandler.CODE)
public final class HazardousChemicalsLicenceHandler implements ItemHandler {
    static final String CODE = "EMG-HC-01";

    private static final FormField STORAGE_FACILITIES = FormField.yesNo("storageFacilities", "带有储存设施",
            "with storage facilities");
    private static final FormField TOXIC_OR_EXPLOSIVE = FormField.yesNo("toxicOrExplosive",
            "经营剧毒化学品或易制爆危险化学品",
            "trades in highly toxic chemicals or chemicals that can be used to make explosives");
    private static final FormField SCOPE = FormField.text("scope", "许可范围", "licence scope")
            .help("拟经营的危险化学品品名或类别", "names or classes of the hazardous chemicals to be traded");
    /** A hazardous goods business must have full-time safety officers (安全生产法 第二十四条). */
    private static final FormField SAFETY_OFFICERS = FormField.integer("safetyOfficers", "专职安全生产管理人员人数",
            "number of full-time safety officers").atLeast(1).help("危险物品经营单位须配备专职安全生产管理人员",
                    "a hazardous goods business must have full-time safety officers");
    private static final FormField MANAGERS_CERTIFIED = FormField.yesNo("managersCertified",
            "主要负责人和安全生产管理人员考核合格",
            "the principal and the safety officers passed the safety assessment");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("危险化学品经营许可证核发（不带储存设施）",
                    "Hazardous chemicals business licence (without storage facilities)"), Emergency.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 30, 10, Emergency.WINDOW.guide(
                    List.of(Bilingual.of("依法登记注册的企业，经营不带储存设施，且不经营剧毒化学品、易制爆危险化学品",
                                    "a lawfully registered enterprise that trades without storage facilities, and "
                                            + "not in highly toxic chemicals or chemicals that can be used to make "
                                            + "explosives"),
                            Bilingual.of("经营场所、设施、建筑物符合《建筑设计防火规范》（GB 50016）等国家标准、行业标准的规定",
                                    "its premises, facilities and buildings meet the national and industry "
                                            + "standards, such as the Code for Fire Protection Design of Buildings "
                                            + "(GB 50016)"),
                            Bilingual.of("主要负责人和安全生产管理人员经安全生产知识和管理能力考核合格；特种作业人员取得特种作业"
                                            + "操作证书；其他从业人员经安全生产教育和培训合格",
                                    "its principal and safety officers have passed the assessment of safety "
                                            + "knowledge and management ability; special operations staff hold "
                                            + "their certificates; all other staff have passed safety training"),
                            Bilingual.of("设置安全生产管理机构或者配备专职安全生产管理人员",
                                    "it has a safety management department or full-time safety officers"),
                            Bilingual.of("有健全的安全生产规章制度和岗位操作规程",
                                    "it has sound safety rules and operating procedures for each post"),
                            Bilingual.of("有符合国家规定的危险化学品事故应急预案，并配备必要的应急救援器材、设备",
                                    "it has a hazardous chemicals accident emergency plan meeting national rules, "
                                            + "and the necessary emergency rescue equipment")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("申请经营许可证的文件及申请书",
                                            "application letter and application form for the licence"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "载明拟经营的危险化学品品名或类别（许可范围）及经营方式",
                                            "states the names or classes of the hazardous chemicals to be traded "
                                                    + "(the licence scope) and how they are traded")),
                            Material.required("safety-rules",
                                    Bilingual.of("安全生产规章制度和岗位操作规程的目录清单",
                                            "list of the safety rules and post operating procedures"),
                                    Material.Form.ORIGINAL, 1),
                            Material.required("certificates",
                                    Bilingual.of("主要负责人、安全生产管理人员、特种作业人员的资格证书和其他从业人员培训合格的证明材料",
                                            "certificates of the principal, the safety officers and the special "
                                                    + "operations staff, and proof that all other staff passed "
                                                    + "their training"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of("核验原件，留存复印件",
                                            "the originals are checked and the copies kept")),
                            Material.required("premises",
                                    Bilingual.of("经营场所产权证明文件或者租赁证明文件",
                                            "proof of ownership or lease of the business premises"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of("园区标准厂房可由园区管委会出具使用证明",
                                            "for a standard workshop in the park, a certificate of use from "
                                                    + "the park management committee will do")),
                            Emergency.BUSINESS_LICENCE,
                            Material.required("plan-filing",
                                    Bilingual.of("危险化学品事故应急预案备案登记表",
                                            "filing registration form of the hazardous chemicals accident "
                                                    + "emergency plan"),
                                    Material.Form.COPY, 1).withNotes(Bilingual.of(
                                            "尚未备案的，可先在本窗口办理生产经营单位生产安全事故应急预案备案（EMG-PLAN-01）",
                                            "if the plan is not filed yet, file it first at this window "
                                                    + "(EMG-PLAN-01)")),
                            Emergency.PROXY),
                    List.of(Bilingual.of("申请人在综合窗口提交申请材料",
                                    "the applicant hands in the materials at the general window"),
                            Bilingual.of("窗口受理并分转应急管理局",
                                    "the window accepts the application and passes it to the Emergency "
                                            + "Management Bureau"),
                            Bilingual.of("材料审查，指派两名以上工作人员对经营场所现场核查",
                                    "the materials are examined, and two or more officers inspect the premises"),
                            Bilingual.of("作出准予或不予许可决定", "the licence is granted or refused"),
                            Bilingual.of("准予许可的核发危险化学品经营许可证（有效期3年），窗口领取或快递送达",
                                    "a granted licence, valid for 3 years, is collected at the window or sent by "
                                            + "express delivery")),
                    List.of(Bilingual.of("《中华人民共和国安全生产法》第二十四条、第二十七条",
                                    "Work Safety Law of the PRC, articles 24 and 27"),
                            Bilingual.of("《危险化学品安全管理条例》第三十三条、第三十四条、第三十五条",
                                    "Regulations on the Safety Management of Hazardous Chemicals, articles 33, 34 "
                                            + "and 35"),
                            Bilingual.of("《危险化学品经营许可证管理办法》（国家安全生产监督管理总局令第55号，第79号令修正）"
                                            + "第五条、第六条、第九条、第十一条",
                                    "Measures for the Administration of Hazardous Chemicals Business Licences "
                                            + "(State Administration of Work Safety Decree No. 55, amended by "
                                            + "Decree No. 79), articles 5, 6, 9 and 11")))
                    .withFields(STORAGE_FACILITIES, TOXIC_OR_EXPLOSIVE, SCOPE, SAFETY_OFFICERS, MANAGERS_CERTIFIED,
                            FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        Optional<Bilingual> cityMatter = cityLevelReason(application);
        if (cityMatter.isPresent()) {
            return Review.refuse(cityMatter.get(), Emergency.APPEAL);
        }
        // The form checks the scope and the number of safety officers.
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Emergency.PROXY && application.flag(FormField.BY_AGENT.key())));
        FactChecks.requireEnterprise(application, Emergency.UNIT_APPLIES, problems);
        if (!application.flag(MANAGERS_CERTIFIED.key())) {
            problems.add(new Problem(MANAGERS_CERTIFIED.key(), Bilingual.of(
                    "主要负责人和安全生产管理人员须经应急管理部门安全生产知识和管理能力考核合格，请考核合格后申请",
                    "the principal and the safety officers must first pass the safety knowledge and management "
                            + "assessment")));
        }
        return Review.of(problems);
    }

    /** The reason the city, not the county, issues this applicant's licence, if it does. */
    private static Optional<Bilingual> cityLevelReason(Application application) {
        if (application.flag(STORAGE_FACILITIES.key())) {
            return Optional.of(Bilingual.of("带有储存设施经营危险化学品的，经营许可证由设区的市级人民政府应急管理部门"
                    + "审批颁发（《危险化学品安全管理条例》第三十五条），请向市应急管理局申请",
                    "with storage facilities the licence is issued by the city's emergency management bureau; "
                            + "apply there"));
        }
        if (application.flag(TOXIC_OR_EXPLOSIVE.key())) {
            return Optional.of(Bilingual.of("经营剧毒化学品、易制爆危险化学品的，经营许可证由设区的市级人民政府应急管理"
                    + "部门审批颁发（《危险化学品安全管理条例》第三十五条），请向市应急管理局申请",
                    "for highly toxic chemicals or chemicals that can make explosives the licence is issued by the "
                            + "city's emergency management bureau; apply there"));
        }
        return Optional.empty();
    }
}
