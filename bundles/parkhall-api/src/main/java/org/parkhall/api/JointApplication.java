package org.parkhall.api;

import java.util.List;

import org.parkhall.spi.Bilingual;

/**
 * A 一件事一次办 joint application: one application for several departments' items, decided in parallel (并联办理)
 * and delivered once. Defined by the hall (configuration {@code org.parkhall.bundle~<name>}), not by a department.
 * Its wire name stays "bundle" (the catalog's {@code bundles}, the {@code bundle_child} error code).
 */
public record JointApplication(String code, Bilingual name, List<String> itemCodes) {
}
