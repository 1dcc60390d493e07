package org.parkhall.core.internal.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.parkhall.api.Catalog;
import org.parkhall.api.Floor;
import org.parkhall.api.Hall;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallHealth;
import org.parkhall.api.HallStatus;
import org.parkhall.api.Readiness;
import org.parkhall.api.Readiness.Problem;
import org.parkhall.api.RefusedConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's readiness from four checks: the SCR state of every hall component ({@link ComponentStates}), the
 * store (the core's status reads the database), the floor (its queues) and the configurations refused
 * ({@link HallConfiguration}: one with no last good to keep degrades the hall; one whose last good runs is a
 * warning). Everything it asks is optional, so it answers — DOWN, naming what is away — even while the database
 * never came up.
 */
@Component(service = HallHealth.class)
public final class HealthService implements HallHealth {
    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

    private final ComponentStates components;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Hall hall;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Floor floor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Catalog catalog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile HallConfiguration configurations;

    @Activate
    public HealthService(@Reference ServiceComponentRuntime runtime) {
        this.components = new ComponentStates(runtime);
    }

    @Override
    public Readiness readiness() {
        List<Problem> problems = new ArrayList<>(components.problems());
        HallStatus status = store(problems);
        floor(problems);
        List<Problem> warnings = new ArrayList<>();
        configurations(problems, warnings);
        problems.sort(Comparator.comparing(ComponentStates::rank));
        Readiness.State state = status == null ? Readiness.State.DOWN
                : problems.isEmpty() ? Readiness.State.UP : Readiness.State.DEGRADED;
        return new Readiness(state, problems, status, itemsUnavailable(), warnings);
    }

    private void configurations(List<Problem> problems, List<Problem> warnings) {
        HallConfiguration checked = configurations;
        if (checked == null) {
            return; // its component is away: the component check names it
        }
        for (RefusedConfiguration refused : checked.refused()) {
            String where = refused.file().isEmpty() ? "" : " (" + refused.file() + ")";
            String values = refused.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
            if (refused.degraded()) {
                problems.add(new Problem("configuration", refused.pid(), "refused" + where
                        + ", running on defaults or not in service: " + values));
            } else {
                warnings.add(new Problem("configuration", refused.pid(), "refused" + where
                        + ", the last good configuration runs on: " + values));
            }
        }
    }

    private HallStatus store(List<Problem> problems) {
        Hall core = hall;
        if (core == null) {
            problems.add(new Problem("store", "store", "the hall's core is not active: it waits for its database"));
            return null;
        }
        try {
            return core.status();
        } catch (RuntimeException e) {
            LOG.debug("health: the store did not answer", e); // the store has warned, naming the datasource
            problems.add(new Problem("store", "store", "the database does not answer"));
            return null;
        }
    }

    private void floor(List<Problem> problems) {
        Floor hallFloor = floor;
        if (hallFloor == null) {
            problems.add(new Problem("floor", "floor", "the floor (queues and counters) is not active"));
            return;
        }
        try {
            if (hallFloor.queues().isEmpty()) {
                problems.add(new Problem("floor", "floor", "no queue is configured (etc/org.parkhall.queue-*.cfg)"));
            }
        } catch (RuntimeException e) {
            LOG.debug("health: the floor did not answer", e);
            problems.add(new Problem("floor", "floor", "the floor does not answer"));
        }
    }

    /** Items whose department has left: told, never held against readiness. */
    private List<String> itemsUnavailable() {
        Catalog items = catalog;
        if (items == null) {
            return List.of();
        }
        try {
            return items.entries().stream().filter(entry -> !entry.available()).map(entry -> entry.item().code())
                    .toList();
        } catch (RuntimeException e) {
            LOG.debug("health: the catalog did not answer", e);
            return List.of();
        }
    }
}
