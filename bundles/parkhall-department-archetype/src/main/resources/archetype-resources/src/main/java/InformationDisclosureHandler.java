package ${package};

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ItemCode;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

/**
 * 政府信息公开申请 — a request for government information, which every department answers: on the spot when it
 * can, otherwise within 20 working days (政府信息公开条例 第三十三条). Start your own items from this one.
 */
@Component(service = ItemHandler.class)
@ItemCode(InformationDisclosureHandler.CODE)
public final class InformationDisclosureHandler implements ItemHandler {
    static final String CODE = "${itemPrefix}-GI-01";

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("政府信息公开申请", "Request for government information"), ThisDepartment.DEPARTMENT,
            ItemKind.PUBLIC_SERVICE, 20, 15, ThisDepartment.WINDOW.freeGuide(
                    List.of("申请人以书面形式提出申请", "所需信息的内容描述详细、明确，能够据以指向特定政府信息"),
                    List.of(Material.required("application-form", "政府信息公开申请表", Material.Form.ORIGINAL, 1,
                                    "载明申请人姓名或名称、联系方式、所需信息的描述和获取方式"),
                            Material.required("identity", "申请人身份证明", Material.Form.COPY, 1,
                                    "自然人提交身份证件复印件，法人或其他组织提交营业执照复印件"),
                            ThisDepartment.PROXY),
                    List.of("申请人提交申请", "窗口受理并登记", "部门检索、审查所需信息", "作出答复", "送达答复书及所公开信息"),
                    List.of("《中华人民共和国政府信息公开条例》第二十七条、第二十九条、第三十三条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == ThisDepartment.PROXY && application.flag("byAgent")));
        if (application.fact("requestedInformation").isBlank()) {
            problems.add(Problem.required("requestedInformation", "所需政府信息的名称、文号或内容描述",
                    "a description of the information requested"));
        }
        return Review.of(problems);
    }
}
