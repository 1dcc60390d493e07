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
import org.parkhall.api.JointApplication;

/** The configured joint applications (一件事), by code, as their configurations come and go. */
@Component(service = JointApplications.class)
public final class JointApplications {
    private final Map<String, JointApplication> byCode = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeDefinition")
    void addDefinition(JointApplicationDefinition definition) {
        byCode.put(definition.jointApplication().code(), definition.jointApplication());
    }

    void removeDefinition(JointApplicationDefinition definition) {
        byCode.remove(definition.jointApplication().code(), definition.jointApplication());
    }

    public Optional<JointApplication> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<JointApplication> all() {
        return byCode.values().stream().sorted(Comparator.comparing(JointApplication::code)).toList();
    }
}
