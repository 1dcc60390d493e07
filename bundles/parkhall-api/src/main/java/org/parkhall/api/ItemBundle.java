package org.parkhall.api;

import java.util.List;

import org.parkhall.spi.Bilingual;

/**
 * A 一件事一次办 bundle: one application for several departments' items, decided in parallel (并联办理) and
 * delivered once. Defined by the hall (configuration {@code org.parkhall.bundle~<name>}), not by a department.
 */
public record ItemBundle(String code, Bilingual name, List<String> itemCodes) {
}
