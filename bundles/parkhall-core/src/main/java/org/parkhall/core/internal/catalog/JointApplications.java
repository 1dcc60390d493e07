package org.parkhall.core.internal.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parkhall.api.JointApplication;

/** The configured joint applications (一件事), by code, as their configurations come and go. */
@Component(service = JointApplications.class)
public final class JointApplications {
    private final List<JointApplicationDefinition> definitions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeDefinition")
    void addDefinition(JointApplicationDefinition definition) {
        definitions.add(definition);
    }

    void removeDefinition(JointApplicationDefinition definition) {
        definitions.remove(definition);
    }

    public Optional<JointApplication> find(String code) {
        return all().stream().filter(joint -> joint.code().equals(code)).findFirst();
    }

    /** The joint applications in service, by code; with two for one code, the one configured first. */
    public List<JointApplication> all() {
        Map<String, JointApplication> byCode = new LinkedHashMap<>();
        definitions.forEach(definition -> definition.jointApplication()
                .ifPresent(joint -> byCode.putIfAbsent(joint.code(), joint)));
        return byCode.values().stream().sorted(Comparator.comparing(JointApplication::code)).toList();
    }
}
