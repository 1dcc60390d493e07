package org.parkhall.dept.amr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Decision;
import org.parkhall.spi.ItemCode;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceItem;

/**
 * 个体工商户设立登记 — registering an individual business. Decided on the spot (即办件) when the materials are
 * complete; only a natural person may be the operator (促进个体工商户发展条例 第二条).
 */
@Component(service = ItemHandler.class)
@ItemCode(SoleProprietorRegistrationHandler.CODE)
public final class SoleProprietorRegistrationHandler implements ItemHandler {
    static final String CODE = "AMR-REG-02";

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("个体工商户设立登记", "Registration of an individual business"), Amr.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 3, 0, Amr.WINDOW.freeGuide(
                    List.of("经营者为有经营能力的自然人", "有固定的经营场所", "经营范围不属于法律法规禁止的项目"),
                    List.of(Material.required("application-form", "个体工商户登记（备案）申请书",
                                    Material.Form.ORIGINAL, 1, "经营者签字"),
                            Material.required("operator-id", "经营者身份证件", Material.Form.ORIGINAL_AND_COPY, 1,
                                    "核验原件，留存复印件"),
                            Material.required("premises", "经营场所使用证明或住所申报承诺书",
                                    Material.Form.ORIGINAL_AND_COPY, 1, ""),
                            Amr.PROXY),
                    List.of("经营者在综合窗口提交申请", "材料齐全、符合法定形式的当场登记", "当场核发营业执照"),
                    List.of("《促进个体工商户发展条例》第二条、第八条",
                            "《中华人民共和国市场主体登记管理条例》第十九条")));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    @Override
    public Review review(Application application) {
        if (application.applicant().kind() != Applicant.Kind.PERSON) {
            return Review.refuse(Bilingual.of("个体工商户的经营者须为自然人，企业请申请公司或分支机构登记",
                    "the operator of an individual business must be a natural person"), Amr.APPEAL);
        }
        List<Problem> problems = new ArrayList<>(ITEM.guide().missingMaterials(application,
                material -> material == Amr.PROXY && application.flag("byAgent")));
        if (application.fact("businessScope").isBlank()) {
            problems.add(Problem.required("businessScope", "经营范围", "business scope"));
        }
        return Review.of(problems);
    }

    /** Complete materials in legal form are registered on the spot: the licence is issued at the window. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("个体工商户营业执照"));
    }
}
