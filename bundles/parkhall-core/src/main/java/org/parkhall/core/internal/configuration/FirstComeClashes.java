package org.parkhall.core.internal.configuration;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.parkhall.spi.Bilingual;

/**
 * Definitions (queues, counters, sites) in the order they came, the first for each key in service, the later ones
 * refused and named in the log until the first is gone.
 */
public final class FirstComeClashes<D, K> {
    private final List<D> definitions = new CopyOnWriteArrayList<>();
    private final Set<D> refused = new HashSet<>();
    private final Function<D, Optional<K>> key;
    private final Function<D, SettledConfiguration<?>> configuration;
    private final String property;
    private final Bilingual rule;

    public FirstComeClashes(Function<D, Optional<K>> key, Function<D, SettledConfiguration<?>> configuration,
            String property, Bilingual rule) {
        this.key = key;
        this.configuration = configuration;
        this.property = property;
        this.rule = rule;
    }

    public synchronized void add(D definition) {
        definitions.add(definition);
        check();
    }

    /** A changed configuration has reported itself anew: check it as if it had just come. */
    public synchronized void changed(D definition) {
        refused.remove(definition);
        check();
    }

    public synchronized void remove(D definition) {
        definitions.remove(definition);
        refused.remove(definition);
        check();
    }

    public Map<K, D> inService() {
        Map<K, D> first = new LinkedHashMap<>();
        definitions.forEach(definition -> key.apply(definition).ifPresent(k -> first.putIfAbsent(k, definition)));
        return first;
    }

    /** Refuses each definition whose key has become taken; reports the ones no longer refused as they stand. */
    private void check() {
        Map<K, D> inService = inService();
        for (D definition : definitions) {
            Optional<K> taken = key.apply(definition).filter(k -> inService.get(k) != definition);
            if (taken.isPresent()) {
                if (refused.add(definition)) {
                    configuration.apply(definition).refuseClash(property, String.valueOf(taken.get()), rule);
                }
            } else if (refused.remove(definition)) {
                configuration.apply(definition).reportOwn();
            }
        }
    }
}
