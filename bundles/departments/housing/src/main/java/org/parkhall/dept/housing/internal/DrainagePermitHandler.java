package org.parkhall.dept.housing.internal;

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
 * 城镇污水排入排水管网许可证核发 — the permit a factory, canteen or building site (排水户) needs before it
 * discharges sewage into the town sewers (城镇排水与污水处理条例 第二十一条). Decided within fifteen days of
 * acceptance (城镇污水排入排水管网许可管理办法 第六条); fifteen calendar days hold ten working days in ordinary
 * weeks, so the catalog records ten, and the hall promises five, leaving time for the site check of key
 * dischargers (第八条). Residents discharging household sewage need no permit.
 */
@Component(service = ItemHandler.class)
@ItemCode(DrainagePermitHandler.CODE)
public final class DrainagePermitHandler implements ItemHandler {
    static final String CODE = "HOUS-DRN-01";

    private static final FormField WASTEWATER_KINDS = FormField.text("wastewaterKinds", "污水类别",
            "kinds of wastewater").help("如生活污水、生产废水、餐饮污水、施工排水",
                    "e.g. domestic sewage, industrial wastewater, kitchen wastewater, construction drainage");
    private static final FormField DAILY_VOLUME = FormField.number("dailyVolume", "日排水量", "daily discharge")
            .unit("立方米/日", "m³ a day");
    private static final FormField NEEDS_PRETREATMENT = FormField.yesNo("pretreatment", "须建设污水预处理设施",
            "must build sewage pre-treatment facilities");
    private static final FormField KEY_POLLUTER = FormField.yesNo("keyPolluter", "列入重点排污单位名录",
            "listed as a key polluter");

    private static final Material PRETREATMENT = Material.conditional("pretreatment",
            Bilingual.of("污水预处理设施的有关材料", "documents on the sewage pre-treatment facilities"),
            Bilingual.of("按照国家有关规定须建设污水预处理设施的",
                    "where national rules require sewage pre-treatment facilities"),
            Material.Form.COPY, 1).withNotes(Bilingual.of("设施工艺、处理能力及竣工资料",
                    "the process, treatment capacity and completion records of the facilities"));
    private static final Material MONITORING = Material.conditional("auto-monitoring",
            Bilingual.of("已安装的主要水污染物排放自动监测设备有关材料",
                    "documents on the installed automatic monitoring equipment for the main water pollutants"),
            Bilingual.of("列入重点排污单位名录的", "where the discharger is listed as a key polluter"),
            Material.Form.COPY, 1);

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("城镇污水排入排水管网许可证核发", "Permit to discharge sewage into the town sewers"),
            Housing.DEPARTMENT, ItemKind.ADMINISTRATIVE_LICENSE, 10, 5, Housing.WINDOW.guide(
                    List.of(Bilingual.of("污水排放口的设置符合城镇排水与污水处理规划的要求",
                                    "the sewage outlets are placed as the town drainage and sewage treatment plan "
                                            + "requires"),
                            Bilingual.of("排放污水的水质符合国家或者地方规定的有关排放标准",
                                    "the discharged sewage meets the national or local discharge standards"),
                            Bilingual.of("按照国家有关规定建设相应的预处理设施",
                                    "pre-treatment facilities have been built as national rules require"),
                            Bilingual.of("在排放口设置便于采样和水量计量的专用检测井和计量设备；列入重点排污单位名录的，"
                                            + "已安装主要水污染物排放自动监测设备",
                                    "each outlet has a dedicated inspection well and a meter for sampling and "
                                            + "measuring the flow; a discharger listed as a key polluter has "
                                            + "installed automatic monitoring of its main water pollutants"),
                            Bilingual.of("雨水、污水分流排放的地区，不得将污水排入雨水管网",
                                    "where rainwater and sewage are drained separately, no sewage may enter the "
                                            + "rainwater drains"),
                            Bilingual.of("城镇居民排放生活污水不需要申请；集中管理的建筑内有多个排水户的，可以由产权单位或其委托的"
                                            + "物业服务人统一申请",
                                    "town residents discharging household sewage need not apply; where a "
                                            + "centrally managed building houses several dischargers, its owner or "
                                            + "the owner's property manager may apply for all of them")),
                    List.of(Material.required("application-form",
                                    Bilingual.of("排水许可申请表", "drainage permit application form"),
                                    Material.Form.ORIGINAL, 1),
                            Material.required("drainage-drawings",
                                    Bilingual.of("排水户内部排水管网、专用检测井、雨污水排放口位置和口径的图纸及说明",
                                            "drawings and description of the discharger's internal drains, its "
                                                    + "inspection wells, and the position and size of its "
                                                    + "rainwater and sewage outlets"),
                                    Material.Form.ORIGINAL, 1),
                            PRETREATMENT,
                            Material.required("hidden-works",
                                    Bilingual.of("排水隐蔽工程竣工报告或书面承诺书",
                                            "completion report on the concealed drainage works, or a written "
                                                    + "pledge"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "承诺书载明隐蔽工程合格且不存在雨水污水管网混接错接、雨水污水混排",
                                            "the pledge states that the concealed works are sound and that no "
                                                    + "rainwater and sewage pipes are cross-connected or mixed")),
                            Material.required("water-quality",
                                    Bilingual.of("排水水质检测报告或书面承诺书",
                                            "water quality test report on the discharge, or a written pledge"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
                                            "检测报告或承诺书载明排水水质符合相关标准",
                                            "the report or the pledge states that the discharge meets the "
                                                    + "applicable standards")),
                            MONITORING,
                            Housing.PROXY),
                    List.of(Bilingual.of("排水户在综合窗口提交申请",
                                    "the discharger applies at the general window"),
                            Bilingual.of("窗口受理并分转住建局（城镇排水主管部门）",
                                    "the window accepts the application and passes it to the Housing and "
                                            + "Urban-Rural Development Bureau, the town drainage authority"),
                            Bilingual.of("对重点排水户现场核查，对其他排水户抽查",
                                    "key dischargers are inspected on site, others by random checks"),
                            Bilingual.of("自受理之日起十五日内作出准予或不予许可决定",
                                    "the permit is granted or refused within fifteen days of acceptance"),
                            Bilingual.of("窗口领取、快递送达或电子证照送达排水许可证，有效期五年（施工作业排水不超过施工期限）",
                                    "the drainage permit is collected at the window, sent by express delivery or "
                                            + "issued as an electronic licence; it is valid for five years (for "
                                            + "construction drainage, no longer than the works)")),
                    List.of(Bilingual.of("《城镇排水与污水处理条例》第二十一条",
                                    "Regulations on Urban Drainage and Sewage Treatment, article 21"),
                            Bilingual.of("《城镇污水排入排水管网许可管理办法》（住房和城乡建设部令第21号，2022年修正）"
                                            + "第四条、第六条、第七条、第八条、第九条、第十条",
                                    "Measures for the Administration of Permits to Discharge Urban Sewage into "
                                            + "the Drainage Network (Ministry of Housing and Urban-Rural "
                                            + "Development Decree No. 21, amended 2022), articles 4, 6, 7, 8, 9 "
                                            + "and 10")))
                    .withFields(WASTEWATER_KINDS, DAILY_VOLUME, NEEDS_PRETREATMENT, KEY_POLLUTER,
                            FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Housing.PROXY && application.flag(FormField.BY_AGENT.key())
                        || material == PRETREATMENT && application.flag(NEEDS_PRETREATMENT.key())
                        || material == MONITORING && application.flag(KEY_POLLUTER.key())));
        FactChecks.requireEnterprise(application, Bilingual.of(
                "排水许可由企业事业单位、个体工商户以其统一社会信用代码申请；城镇居民排放生活污水无需办理",
                "apply in the discharger's name by its unified social credit code; residents need no permit"),
                problems);
        // The form takes zero; a discharger that discharges nothing needs no permit.
        FactChecks.positiveNumber(application, DAILY_VOLUME, problems);
        return Review.of(problems);
    }
}
