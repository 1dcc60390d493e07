package ${package};

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.FormField;
import org.parkhall.spi.ItemCode;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;
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

    /** The form: the hall shows these fields and checks each before {@link #review} runs. */
    static final FormField REQUESTED_INFORMATION = FormField.longText("requestedInformation",
            "所需政府信息的名称、文号或内容描述", "description of the information requested").maxLength(1000)
            .help("尽量写明文件名称、文号或其他特征描述", "name the document, its number or other features");
    static final FormField FORMAT = FormField.choice("format", "获取信息的方式", "how to receive the information",
            FormField.Choice.of("paper", "纸质", "on paper"), FormField.Choice.of("electronic", "电子数据",
                    "electronically"));

    private static final ServiceItem ITEM = new ServiceItem(CODE,
            Bilingual.of("政府信息公开申请", "Request for government information"), ThisDepartment.DEPARTMENT,
            ItemKind.PUBLIC_SERVICE, 20, 15, ThisDepartment.WINDOW.guide(
                    List.of(Bilingual.of("申请人以书面形式提出申请", "the request is made in writing"),
                            Bilingual.of("所需信息的内容描述详细、明确，能够据以指向特定政府信息",
                                    "the information is described clearly enough to identify it")),
                    List.of(Material.required("application-form", Bilingual.of("政府信息公开申请表",
                                    "request form for government information"), Material.Form.ORIGINAL, 1)
                                    .withNotes(Bilingual.of("载明申请人姓名或名称、联系方式、所需信息的描述和获取方式",
                                            "gives the applicant's name, contact, the information asked for and "
                                                    + "how to receive it")),
                            Material.required("identity", Bilingual.of("申请人身份证明", "proof of the applicant's "
                                    + "identity"), Material.Form.COPY, 1).withNotes(Bilingual.of(
                                    "自然人提交身份证件复印件，法人或其他组织提交营业执照复印件",
                                    "a copy of a person's ID document, of an organisation's business licence")),
                            ThisDepartment.PROXY),
                    List.of(Bilingual.of("申请人提交申请", "the applicant files the request"),
                            Bilingual.of("窗口受理并登记", "the window accepts and records it"),
                            Bilingual.of("部门检索、审查所需信息", "the department finds and reviews the information"),
                            Bilingual.of("作出答复", "the department answers"),
                            Bilingual.of("送达答复书及所公开信息", "the answer and the information are delivered")),
                    List.of(Bilingual.of("《中华人民共和国政府信息公开条例》第二十七条、第二十九条、第三十三条",
                            "Regulation of the PRC on the Disclosure of Government Information, articles 27, 29 "
                                    + "and 33")))
                    .withFields(REQUESTED_INFORMATION, FORMAT.optional(), FormField.BY_AGENT));

    @Override
    public ServiceItem item() {
        return ITEM;
    }

    /** The hall has checked the form; the handler adds the rules a declaration cannot say (here, none). */
    @Override
    public Review review(Application application) {
        return Review.of(ITEM.guide().missingMaterials(application,
                material -> material == ThisDepartment.PROXY && application.flag(FormField.BY_AGENT.key())));
    }
}
