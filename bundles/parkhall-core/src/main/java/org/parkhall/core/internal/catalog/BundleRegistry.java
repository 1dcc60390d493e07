package org.parkhall.core.internal.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parkhall.api.ItemBundle;

/** The configured 一件事 bundles, by code, as their configurations come and go. */
@Component(service = BundleRegistry.class)
public final class BundleRegistry {
    private final Map<String, ItemBundle> byCode = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeDefinition")
    void addDefinition(BundleDefinition definition) {
        byCode.put(definition.bundle().code(), definition.bundle());
    }

    void removeDefinition(BundleDefinition definition) {
        byCode.remove(definition.bundle().code(), definition.bundle());
    }

    public Optional<ItemBundle> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<ItemBundle> all() {
        return byCode.values().stream().sorted(Comparator.comparing(ItemBundle::code)).toList();
    }
}
