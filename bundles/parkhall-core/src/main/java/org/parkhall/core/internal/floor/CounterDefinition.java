package org.parkhall.core.internal.floor;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.core.internal.ConfigLists;

/** One counter per factory configuration {@code etc/org.parkhall.counter-<n>.cfg}. */
@Component(service = CounterDefinition.class, configurationPid = "org.parkhall.counter",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CounterDefinition.Config.class, factory = true)
public final class CounterDefinition {

    @ObjectClassDefinition(name = "Parkhall counter")
    public @interface Config {
        @AttributeDefinition(description = "Counter number shown on the display, 1 to 99")
        int number();

        @AttributeDefinition(description = "Name, e.g. 综合受理窗口")
        String name();

        @AttributeDefinition(description = "Queue letters it calls from, in order of preference, e.g. A, C")
        String[] queues();
    }

    /** A counter as the floor uses it. */
    record Counter(int number, String name, List<String> queues) {
    }

    private final Counter counter;

    @Activate
    public CounterDefinition(Config config) {
        if (config.number() < 1 || config.number() > 99) {
            throw new IllegalArgumentException("counter number must be 1 to 99, was " + config.number());
        }
        List<String> queues = ConfigLists.values(config.queues());
        if (queues.isEmpty() || !queues.stream().allMatch(letter -> letter.matches("[A-Z]"))) {
            throw new IllegalArgumentException("counter " + config.number() + ": queues must be letters A-Z");
        }
        this.counter = new Counter(config.number(), config.name() == null ? "" : config.name().strip(), queues);
    }

    Counter counter() {
        return counter;
    }
}
