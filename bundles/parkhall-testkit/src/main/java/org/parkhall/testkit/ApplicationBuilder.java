package org.parkhall.testkit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.Material;

/**
 * Builds an application for a handler's item. It starts as a person presenting every always-required material of
 * the item's guide, so a test names only what it changes.
 */
public final class ApplicationBuilder {
    private final String itemCode;
    private final Set<String> presented = new LinkedHashSet<>();
    private final Map<String, String> facts = new HashMap<>();
    private Applicant applicant = Applicants.person();

    private ApplicationBuilder(String itemCode, List<Material> materials) {
        this.itemCode = itemCode;
        materials.stream().filter(Material::alwaysRequired).forEach(material -> presented.add(material.code()));
    }

    public static ApplicationBuilder applyingFor(ItemHandler handler) {
        return new ApplicationBuilder(handler.item().code(), handler.item().guide().materials());
    }

    public ApplicationBuilder by(Applicant value) {
        applicant = value;
        return this;
    }

    public ApplicationBuilder presenting(String... materialCodes) {
        presented.addAll(List.of(materialCodes));
        return this;
    }

    public ApplicationBuilder without(String... materialCodes) {
        List.of(materialCodes).forEach(presented::remove);
        return this;
    }

    public ApplicationBuilder presentingNothing() {
        presented.clear();
        return this;
    }

    public ApplicationBuilder fact(String name, String value) {
        facts.put(name, value);
        return this;
    }

    public Application build() {
        return new Application(itemCode, applicant, presented, facts);
    }
}
