package org.parkhall.core.internal.floor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallConfiguration;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * One counter per factory configuration {@code etc/org.parkhall.counter-<n>.cfg}. A configuration without a valid
 * number or queues never puts a counter in service; a later change that breaks a rule leaves it as it was.
 */
@Component(service = CounterDefinition.class, configurationPid = "org.parkhall.counter",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CounterDefinition.Config.class, factory = true)
public final class CounterDefinition {

    @ObjectClassDefinition(name = "%counter", description = "%counter.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%counter.number", description = "%counter.number.description")
        int number();

        @AttributeDefinition(name = "%counter.name", description = "%counter.name.description")
        String name();

        @AttributeDefinition(name = "%counter.queues", description = "%counter.queues.description")
        String[] queues();
    }

    /** A counter as the floor uses it. */
    record Counter(int number, String name, List<String> queues) {
    }

    private final SettledConfiguration<Counter> configuration;

    @Activate
    public CounterDefinition(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        this.configuration = new SettledConfiguration<>(configurations, CounterDefinition::read, properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        configuration.take(properties);
    }

    @Deactivate
    void withdraw() {
        configuration.withdraw();
    }

    /** The counter a configuration describes, or null when it has no usable number or queues. */
    private static Counter read(ConfigurationReader read) {
        OptionalInt number = read.requiredInteger("number", 1, 99);
        List<String> queues = read.list("queues", "");
        if (queues.isEmpty() || !queues.stream().allMatch(letter -> letter.matches(FloorLayout.LETTER))) {
            read.refuse("queues", String.join(", ", queues), Bilingual.of("按优先顺序列出的队列字母，如 A, C",
                    "queue letters in order of preference, e.g. A, C"));
            queues = List.of();
        }
        String name = read.text("name", "");
        return number.isEmpty() || queues.isEmpty() ? null : new Counter(number.getAsInt(), name, queues);
    }

    /** The counter in service, if its configuration ever gave one. */
    Optional<Counter> counter() {
        return Optional.ofNullable(configuration.value());
    }

    /** Its configuration, for the floor to refuse it when it clashes with another. */
    SettledConfiguration<Counter> configuration() {
        return configuration;
    }
}
