package org.parkhall.core.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.parkhall.api.Readiness.Problem;

/**
 * The hall's components as Service Component Runtime sees them: every component of a {@code parkhall-*} bundle
 * (core, web, shell, departments) that is disabled, failed to activate, or waits for a configuration or a
 * reference, with the references it waits for named. One whose configuration is required and absent is not a
 * problem: a queue or counter nobody configured is simply not there.
 */
final class ComponentStates {
    static final String CHECK = "component";
    private static final String HALL_BUNDLES = "parkhall-";
    private static final String DISABLED = "disabled";
    private static final String FAILED = "failed to activate";
    private static final String NO_CONFIGURATION = "waits for its configuration";

    private final ServiceComponentRuntime runtime;

    ComponentStates(ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (description.bundle == null || description.bundle.symbolicName == null
                    || !description.bundle.symbolicName.startsWith(HALL_BUNDLES)) {
                continue;
            }
            if (!runtime.isComponentEnabled(description)) {
                problems.add(new Problem(CHECK, description.name, DISABLED));
                continue;
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                String reason = reason(description, configuration);
                if (reason != null) {
                    problems.add(new Problem(CHECK, description.name, reason));
                }
            }
        }
        return problems;
    }

    /** Why {@code configuration} is not active or satisfied, or null when it is. */
    static String reason(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        return switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied references: "
                    + Stream.of(configuration.unsatisfiedReferences).map(missing -> named(description, missing))
                            .collect(Collectors.joining(", "));
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> NO_CONFIGURATION + " "
                    + String.join(", ", description.configurationPid);
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> FAILED + ": " + firstLine(configuration.failure);
            default -> null;
        };
    }

    /**
     * The service the reference wants, with its target filter if any, and its name unless it is a constructor
     * parameter's generated one ({@code $001}).
     */
    private static String named(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO missing) {
        String service = Stream.of(description.references).filter(reference -> reference.name.equals(missing.name))
                .map(reference -> reference.interfaceName).findFirst().orElse(missing.name);
        return service + (missing.target == null ? "" : " " + missing.target)
                + (missing.name.startsWith("$") ? "" : " as " + missing.name);
    }

    private static String firstLine(String failure) {
        return failure == null ? "no reason given" : failure.lines().findFirst().orElse("no reason given");
    }

    /**
     * Causes before consequences: a disabled or failed component, then one without its configuration, then one
     * waiting for a reference (usually for one of the former), then the store, the floor and configurations.
     */
    static int rank(Problem problem) {
        if (!problem.check().equals(CHECK)) {
            return 4;
        }
        String reason = problem.reason();
        return reason.equals(DISABLED) || reason.startsWith(FAILED) ? 0 : reason.startsWith(NO_CONFIGURATION) ? 1 : 2;
    }
}
