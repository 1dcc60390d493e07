package org.parkhall.spi;

import java.util.List;
import java.util.Set;

/**
 * What every guide of one department shares: how results are delivered, where and when it serves, and who
 * answers questions. A department keeps one and builds each item's guide from it. Empty hours leave them to the
 * hall's opening hours.
 *
 * @param en the English of location, hours and phone, each empty where none was given (read as the Chinese)
 */
public record GuideDefaults(Set<DeliveryMode> deliveryModes, String location, String hours,
        String consultationPhone, English en) {

    /** The English of the shared texts; an empty one reads as the Chinese (as for departments of SPI 1.1). */
    public record English(String location, String hours, String consultationPhone) {
        public static final English NONE = new English("", "", "");

        public English {
            location = Checks.orEmpty(location);
            hours = Checks.orEmpty(hours);
            consultationPhone = Checks.orEmpty(consultationPhone);
        }
    }

    public GuideDefaults {
        en = en == null ? English.NONE : en;
    }

    /** The constructor of SPI 1.1, in Chinese only. */
    public GuideDefaults(Set<DeliveryMode> deliveryModes, String location, String hours, String consultationPhone) {
        this(deliveryModes, location, hours, consultationPhone, English.NONE);
    }

    /**
     * A department's defaults with their texts in both languages, its items kept to the hall's opening hours —
     * the usual case: the hall publishes its hours once (guides, booking and calendar then agree).
     */
    public static GuideDefaults of(Set<DeliveryMode> deliveryModes, Bilingual location, Bilingual consultationPhone) {
        return new GuideDefaults(deliveryModes, location.zh(), "", consultationPhone.zh(),
                new English(location.en(), "", consultationPhone.en()));
    }

    /**
     * A department's defaults with their texts in both languages, with hours of its own (only where its counter
     * keeps shorter hours than the hall's).
     */
    public static GuideDefaults of(Set<DeliveryMode> deliveryModes, Bilingual location, Bilingual hours,
            Bilingual consultationPhone) {
        return new GuideDefaults(deliveryModes, location.zh(), hours.zh(), consultationPhone.zh(),
                new English(location.en(), hours.en(), consultationPhone.en()));
    }

    /** The guide of an item that charges no fee (不收费). */
    public ServiceGuide freeGuide(List<String> conditions, List<Material> materials, List<String> steps,
            List<String> legalBasis) {
        return guide(conditions, materials, steps, List.of(), legalBasis);
    }

    /** The guide of an item, with its fees and their legal basis. */
    public ServiceGuide guide(List<String> conditions, List<Material> materials, List<String> steps, List<Fee> fees,
            List<String> legalBasis) {
        return new ServiceGuide(conditions, materials, steps, fees, legalBasis, deliveryModes, location, hours,
                consultationPhone, List.of(), english(List.of(), List.of(), List.of()));
    }

    /**
     * The guide of an item that charges no fee, its texts in both languages; its form follows by
     * {@link ServiceGuide#withFields}.
     */
    public ServiceGuide guide(List<Bilingual> conditions, List<Material> materials, List<Bilingual> steps,
            List<Bilingual> legalBasis) {
        return new ServiceGuide(Checks.zh(conditions), materials, Checks.zh(steps), List.of(), Checks.zh(legalBasis),
                deliveryModes, location, hours, consultationPhone, List.of(),
                english(Checks.en(conditions), Checks.en(steps), Checks.en(legalBasis)));
    }

    private ServiceGuide.English english(List<String> conditions, List<String> steps, List<String> legalBasis) {
        return new ServiceGuide.English(conditions, steps, legalBasis, en.location(), en.hours(),
                en.consultationPhone());
    }
}
