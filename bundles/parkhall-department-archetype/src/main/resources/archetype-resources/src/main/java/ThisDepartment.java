package ${package};

import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.GuideDefaults;
import org.parkhall.spi.Material;

/** What this department's items share: who it is, where and when it serves. Every text in Chinese and English. */
final class ThisDepartment {
    static final Department DEPARTMENT = new Department("${departmentCode}", Bilingual.of("${departmentName}",
            "${departmentNameEn}"));
    static final Set<DeliveryMode> DELIVERY = Set.of(DeliveryMode.WINDOW_PICKUP, DeliveryMode.EXPRESS,
            DeliveryMode.ELECTRONIC);

    /** Where and how every item of this department is handled; when is the hall's opening hours. */
    static final GuideDefaults WINDOW = GuideDefaults.of(DELIVERY,
            Bilingual.of("园区政务服务分中心 综合受理窗口", "Park government service sub-centre, general intake window"),
            Bilingual.of("12345（政务服务便民热线）", "12345 (government service hotline)"));

    /** Filed when someone applies on the applicant's behalf (委托代理). */
    static final Material PROXY = Material.conditional("proxy", Bilingual.of("授权委托书及受托人身份证件",
            "power of attorney and the agent's identity document"), Bilingual.of("委托他人代为办理的",
            "when an agent applies for the applicant"), Material.Form.ORIGINAL, 1).withNotes(Bilingual.of(
            "委托书载明委托事项、权限和期限", "the power of attorney states the matter, powers and term"));

    private ThisDepartment() {
    }
}
