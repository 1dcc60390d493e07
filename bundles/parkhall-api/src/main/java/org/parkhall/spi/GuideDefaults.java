package org.parkhall.spi;

import java.util.List;
import java.util.Set;

/**
 * What every guide of one department shares: how results are delivered, where and when it serves, and who
 * answers questions. A department keeps one and builds each item's guide from it.
 */
public record GuideDefaults(Set<DeliveryMode> deliveryModes, String location, String hours,
        String consultationPhone) {

    /** The guide of an item that charges no fee (不收费). */
    public ServiceGuide freeGuide(List<String> conditions, List<Material> materials, List<String> steps,
            List<String> legalBasis) {
        return guide(conditions, materials, steps, List.of(), legalBasis);
    }

    /** The guide of an item, with its fees and their legal basis. */
    public ServiceGuide guide(List<String> conditions, List<Material> materials, List<String> steps, List<Fee> fees,
            List<String> legalBasis) {
        return new ServiceGuide(conditions, materials, steps, fees, legalBasis, deliveryModes, location, hours,
                consultationPhone);
    }
}
