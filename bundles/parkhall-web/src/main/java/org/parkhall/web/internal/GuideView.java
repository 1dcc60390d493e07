package org.parkhall.web.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Fee;
import org.parkhall.spi.FormField;
import org.parkhall.spi.Material;
import org.parkhall.spi.ServiceGuide;

/**
 * A service guide as the API shows it: every text a person reads as {@code {zh, en}} (the Chinese where the
 * department gave no English), and the item's form, so no face builds a label from a code. A null is left out.
 */
record GuideView(List<Bilingual> conditions, List<MaterialView> materials, List<Bilingual> steps,
        List<FeeView> fees, List<Bilingual> legalBasis, Set<DeliveryMode> deliveryModes, Bilingual location,
        Bilingual hours, Bilingual consultationPhone, List<FieldView> fields) {

    record MaterialView(String code, Bilingual name, Bilingual condition, Material.Form form, int copies,
            Bilingual template, Bilingual notes) {
    }

    record FeeView(Bilingual name, BigDecimal yuan, Bilingual basis) {
    }

    /** Numbers as plain decimal strings, so no face rounds them. */
    record FieldView(String key, Bilingual label, FormField.Kind kind, boolean required,
            List<FormField.Choice> choices, Bilingual help, String min, String max, int maxLength, Bilingual unit,
            FormField.ShownWhen shownWhen) {
    }

    static GuideView of(ServiceGuide guide) {
        return new GuideView(guide.conditionTexts(), guide.materials().stream().map(GuideView::material).toList(),
                guide.stepTexts(), guide.fees().stream().map(GuideView::fee).toList(), guide.legalBasisTexts(),
                guide.deliveryModes(), guide.locationText(), guide.hoursText(), guide.consultationPhoneText(),
                guide.fields().stream().map(GuideView::field).toList());
    }

    private static MaterialView material(Material material) {
        return new MaterialView(material.code(), material.nameText(), material.conditionText().orElse(null),
                material.form(), material.copies(), material.templateText().orElse(null),
                material.notesText().orElse(null));
    }

    private static FeeView fee(Fee fee) {
        return new FeeView(fee.nameText(), fee.yuan(), fee.basisText());
    }

    private static FieldView field(FormField field) {
        return new FieldView(field.key(), field.label(), field.kind(), field.required(), field.choices(),
                field.help(), field.min() == null ? null : field.min().toPlainString(),
                field.max() == null ? null : field.max().toPlainString(), field.maxLength(), field.unit(),
                field.shownWhen());
    }
}
