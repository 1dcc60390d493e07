package org.parkhall.dept.amr.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Decision;
import org.parkhall.spi.FormField;
import org.parkhall.spi.ItemCode;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
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

    static final FormField BUSINESS_SCOPE = FormField.longText("businessScope", "经营范围", "business scope")
            .maxLength(500).help("如：日用百货零售；餐饮服务", "e.g. retail of daily goods; catering");

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("个体工商户设立登记", "Registration of an individual business"), Amr.DEPARTMENT,
            ItemKind.ADMINISTRATIVE_LICENSE, 3, 0, Amr.WINDOW.guide(
                    List.of(Bilingual.of("经营者为有经营能力的自然人", "the operator is a natural person able to run a business"),
                            Bilingual.of("有固定的经营场所", "a fixed place of business"),
                            Bilingual.of("经营范围不属于法律法规禁止的项目",
                                    "no business that laws and regulations prohibit")),
                    List.of(Material.required("application-form", Bilingual.of("个体工商户登记（备案）申请书",
                                    "application for registration (filing) of an individual business"),
                                    Material.Form.ORIGINAL, 1).withNotes(Bilingual.of("经营者签字",
                                    "signed by the operator")),
                            Material.required("operator-id", Bilingual.of("经营者身份证件", "the operator's ID document"),
                                    Material.Form.ORIGINAL_AND_COPY, 1).withNotes(Bilingual.of("核验原件，留存复印件",
                                    "the original is checked, the copy kept")),
                            Material.required("premises", Bilingual.of("经营场所使用证明或住所申报承诺书",
                                    "proof of the right to use the premises, or a signed address declaration"),
                                    Material.Form.ORIGINAL_AND_COPY, 1),
                            Amr.PROXY),
                    List.of(Bilingual.of("经营者在综合窗口提交申请", "the operator applies at the general window"),
                            Bilingual.of("材料齐全、符合法定形式的当场登记",
                                    "complete materials in legal form are registered on the spot"),
                            Bilingual.of("当场核发营业执照", "the business licence is issued on the spot")),
                    List.of(Bilingual.of("《促进个体工商户发展条例》第二条、第八条",
                                    "Regulation on Promoting the Development of Individual Businesses, articles 2 "
                                            + "and 8"),
                            Bilingual.of("《中华人民共和国市场主体登记管理条例》第十九条",
                                    "Regulation of the PRC on the Registration of Market Entities, article 19")))
                    .withFields(BUSINESS_SCOPE, FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    /** 网上申请: the materials are taken as uploaded files and reviewed as at the window. */
    @Override
    public boolean acceptsOnline() {
        return true;
    }

    @Override
    public Review review(Application application) {
        if (application.applicant().kind() != Applicant.Kind.PERSON) {
            return Review.refuse(Bilingual.of("个体工商户的经营者须为自然人，企业请申请公司或分支机构登记",
                    "the operator of an individual business must be a natural person"), Amr.APPEAL);
        }
        return Review.of(ITEM.guide().missingMaterials(application,
                material -> material == Amr.PROXY && application.flag(FormField.BY_AGENT.key())));
    }

    /** Complete materials in legal form are registered on the spot: the licence is issued at the window. */
    @Override
    public Optional<Decision> decideInstantly(Application application) {
        return Optional.of(Decision.approve("个体工商户营业执照"));
    }
}
