package org.parkhall.core.internal.configuration;

import java.util.Map;
import java.util.function.Function;

import org.parkhall.api.HallConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * A component's configuration as it stands after each change: read by {@code reader}, settled by the
 * {@link HallConfiguration} (a refused change keeps the last good value) and reported there.
 *
 * @param <T> what the component makes of its configuration; null when nothing usable could be read
 */
public final class SettledConfiguration<T> {
    private record State<T>(Map<String, ?> properties, ConfigurationReader read, T value, boolean lastGoodKept) {
    }

    private final HallConfiguration configurations;
    private final Function<ConfigurationReader, T> reader;
    private volatile State<T> state;

    public SettledConfiguration(HallConfiguration configurations, Function<ConfigurationReader, T> reader,
            Map<String, ?> properties) {
        this.configurations = configurations;
        this.reader = reader;
        take(properties);
    }

    /** Takes a changed configuration (a component's {@code @Modified}). */
    public void take(Map<String, ?> properties) {
        ConfigurationReader read = new ConfigurationReader(properties);
        T candidate = reader.apply(read);
        T lastGood = state == null ? null : state.value();
        T settled = configurations.settle(read, candidate, lastGood);
        state = new State<>(properties, read, settled, settled != candidate);
    }

    /** The value in force, or null when the configuration never gave a usable one. */
    public T value() {
        return state.value();
    }

    /** Refuses the configuration because {@code key} clashes with one already in service (a letter, a number). */
    public void refuseClash(String key, String value, Bilingual rule) {
        ConfigurationReader read = new ConfigurationReader(state.properties());
        state.read().problems().forEach(problem -> read.refuse(problem.key(), problem.value(), problem.rule()));
        read.refuse(key, value, rule);
        configurations.report(read, false);
    }

    /** Reports its own outcome again, as when a clash has ended. */
    public void reportOwn() {
        configurations.report(state.read(), state.lastGoodKept());
    }

    /** Forgets its refusals: the configuration or its component is gone. */
    public void withdraw() {
        configurations.withdrawn(state.read().pid());
    }
}
