package ${package};

import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;

/** What this department's items share: who it is, where and when it serves. */
final class ThisDepartment {
    static final Department DEPARTMENT = new Department("${departmentCode}", Bilingual.of("${departmentName}",
            "${departmentNameEn}"));
    static final String LOCATION = "园区政务服务分中心 综合受理窗口";
    static final String HOURS = "周一至周五 9:00-12:00，14:30-18:00（法定节假日除外）";
    static final String PHONE = "12345（政务服务便民热线）";
    static final Set<DeliveryMode> DELIVERY = Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS,
            DeliveryMode.ELECTRONIC);

    /** Where, when and how every item of this department is handled. */
    static final GuideDefaults WINDOW = new GuideDefaults(DELIVERY, LOCATION, HOURS, PHONE);

    /** Filed when someone applies on the applicant's behalf (委托代理). */
    static final Material PROXY = Material.conditional("proxy", "授权委托书及受托人身份证件", "委托他人代为办理的",
            Material.Form.ORIGINAL, 1, "委托书载明委托事项、权限和期限");

    private ThisDepartment() {
    }
}
