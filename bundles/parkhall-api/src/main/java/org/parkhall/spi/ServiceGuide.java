package org.parkhall.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The public service guide of an item (办事指南): what the applicant must meet and bring, the steps, fees, how the
 * result is delivered, and where and when it is handled. An empty {@code fees} list means the item is free (不收费).
 */
public record ServiceGuide(
        List<String> conditions,
        List<Material> materials,
        List<String> steps,
        List<Fee> fees,
        List<String> legalBasis,
        Set<DeliveryMode> deliveryModes,
        String location,
        String hours,
        String consultationPhone) {

    public ServiceGuide {
        conditions = Checks.list(conditions, "conditions");
        materials = Checks.list(materials, "materials");
        steps = Checks.list(steps, "steps");
        fees = Checks.list(fees, "fees");
        legalBasis = Checks.list(legalBasis, "legal basis");
        deliveryModes = Checks.set(deliveryModes, "delivery modes");
        if (deliveryModes.isEmpty()) {
            throw new IllegalArgumentException("a guide names at least one delivery mode");
        }
        // In the order of the enum, so every face offers them in the same order (and the first as the default).
        deliveryModes = Collections.unmodifiableSet(EnumSet.copyOf(deliveryModes));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a guide names at least one step");
        }
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a guide names its legal basis");
        }
        long distinctCodes = materials.stream().map(Material::code).distinct().count();
        if (distinctCodes != materials.size()) {
            throw new IllegalArgumentException("material codes must be unique within a guide");
        }
        location = Checks.notBlank(location, "location");
        hours = Checks.notBlank(hours, "hours");
        consultationPhone = Checks.notBlank(consultationPhone, "consultation phone");
    }

    /**
     * One problem for each material this application needs but did not present: every always-required material,
     * and each conditional one for which {@code conditionApplies} holds.
     */
    public List<Problem> missingMaterials(Application application, Predicate<Material> conditionApplies) {
        return materials.stream()
                .filter(material -> material.alwaysRequired() || conditionApplies.test(material))
                .filter(material -> !application.presented(material.code()))
                .map(Problem::missing)
                .toList();
    }

    public boolean free() {
        return fees.isEmpty();
    }
}
