package org.parkhall.dept.housing.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.FactChecks;
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

    private static final Material PRETREATMENT = Material.conditional("pretreatment", "污水预处理设施的有关材料",
            "按照国家有关规定须建设污水预处理设施的", Material.Form.COPY, 1, "设施工艺、处理能力及竣工资料");
    private static final Material MONITORING = Material.conditional("auto-monitoring",
            "已安装的主要水污染物排放自动监测设备有关材料", "列入重点排污单位名录的", Material.Form.COPY, 1, "");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("城镇污水排入排水管网许可证核发", "Permit to discharge sewage into the town sewers"),
            Housing.DEPARTMENT, ItemKind.ADMINISTRATIVE_LICENSE, 10, 5, Housing.WINDOW.freeGuide(
                    List.of("污水排放口的设置符合城镇排水与污水处理规划的要求",
                            "排放污水的水质符合国家或者地方规定的有关排放标准",
                            "按照国家有关规定建设相应的预处理设施",
                            "在排放口设置便于采样和水量计量的专用检测井和计量设备；列入重点排污单位名录的，"
                                    + "已安装主要水污染物排放自动监测设备",
                            "雨水、污水分流排放的地区，不得将污水排入雨水管网",
                            "城镇居民排放生活污水不需要申请；集中管理的建筑内有多个排水户的，可以由产权单位或其委托的"
                                    + "物业服务人统一申请"),
                    List.of(Material.required("application-form", "排水许可申请表", Material.Form.ORIGINAL, 1, ""),
                            Material.required("drainage-drawings",
                                    "排水户内部排水管网、专用检测井、雨污水排放口位置和口径的图纸及说明",
                                    Material.Form.ORIGINAL, 1, ""),
                            PRETREATMENT,
                            Material.required("hidden-works", "排水隐蔽工程竣工报告或书面承诺书",
                                    Material.Form.ORIGINAL, 1,
                                    "承诺书载明隐蔽工程合格且不存在雨水污水管网混接错接、雨水污水混排"),
                            Material.required("water-quality", "排水水质检测报告或书面承诺书",
                                    Material.Form.ORIGINAL, 1, "检测报告或承诺书载明排水水质符合相关标准"),
                            MONITORING,
                            Housing.PROXY),
                    List.of("排水户在综合窗口提交申请", "窗口受理并分转住建局（城镇排水主管部门）",
                            "对重点排水户现场核查，对其他排水户抽查", "自受理之日起十五日内作出准予或不予许可决定",
                            "窗口领取、快递送达或电子证照送达排水许可证，有效期五年（施工作业排水不超过施工期限）"),
                    List.of("《城镇排水与污水处理条例》第二十一条",
                            "《城镇污水排入排水管网许可管理办法》（住房和城乡建设部令第21号，2022年修正）"
                                    + "第四条、第六条、第七条、第八条、第九条、第十条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Housing.PROXY && application.flag("byAgent")
                        || material == PRETREATMENT && application.flag("pretreatment")
                        || material == MONITORING && application.flag("keyPolluter")));
        FactChecks.requireEnterprise(application, Bilingual.of(
                "排水许可由企业事业单位、个体工商户以其统一社会信用代码申请；城镇居民排放生活污水无需办理",
                "apply in the discharger's name by its unified social credit code; residents need no permit"),
                problems);
        if (application.fact("wastewaterKinds").isBlank()) {
            problems.add(Problem.required("wastewaterKinds", "污水类别（如生活污水、生产废水、餐饮污水、施工排水）",
                    "kinds of wastewater"));
        }
        FactChecks.positiveNumber(application, "dailyVolume", "日排水量（立方米/日）", "daily discharge in cubic metres",
                problems);
        return Review.of(problems);
    }
}
