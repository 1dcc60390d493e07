package org.parkhall.core.internal.floor;

import java.util.Map;
import java.util.Optional;

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
 * One queue per factory configuration {@code etc/org.parkhall.queue-<name>.cfg}. A configuration without a valid
 * letter or name never puts a queue in service; a later change that breaks a rule leaves the queue as it was.
 */
@Component(service = QueueDefinition.class, configurationPid = "org.parkhall.queue",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = QueueDefinition.Config.class, factory = true)
public final class QueueDefinition {
    static final int SERVICE_LEVEL_MINUTES = 15;
    static final int DEFAULT_SERVICE_MINUTES = 8;

    @ObjectClassDefinition(name = "%queue", description = "%queue.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%queue.letter", description = "%queue.letter.description")
        String letter();

        @AttributeDefinition(name = "%queue.name_zh", description = "%queue.name_zh.description")
        String name_zh();

        @AttributeDefinition(name = "%queue.name_en", description = "%queue.name_en.description")
        String name_en();

        @AttributeDefinition(name = "%queue.serviceLevelMinutes",
                description = "%queue.serviceLevelMinutes.description")
        int serviceLevelMinutes() default SERVICE_LEVEL_MINUTES;

        @AttributeDefinition(name = "%queue.defaultServiceMinutes",
                description = "%queue.defaultServiceMinutes.description")
        int defaultServiceMinutes() default DEFAULT_SERVICE_MINUTES;

        @AttributeDefinition(name = "%queue.appointmentsPerSlot",
                description = "%queue.appointmentsPerSlot.description")
        int appointmentsPerSlot() default 0;
    }

    /** A queue as the floor uses it. */
    public record Queue(String letter, Bilingual name, int serviceLevelMinutes, int defaultServiceMinutes,
            int appointmentsPerSlot) {
    }

    private final SettledConfiguration<Queue> configuration;

    @Activate
    public QueueDefinition(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        this.configuration = new SettledConfiguration<>(configurations, QueueDefinition::read, properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        configuration.take(properties);
    }

    @Deactivate
    void withdraw() {
        configuration.withdraw();
    }

    /** The queue a configuration describes, or null when it has no usable letter or name. */
    private static Queue read(ConfigurationReader read) {
        String letter = read.matching("letter", FloorLayout.LETTER, FloorLayout.LETTER_RULE);
        String zh = read.required("name.zh");
        String en = read.required("name.en");
        int serviceLevel = read.integer("serviceLevelMinutes", SERVICE_LEVEL_MINUTES, 1, 480);
        int serviceTime = read.integer("defaultServiceMinutes", DEFAULT_SERVICE_MINUTES, 1, 480);
        int appointments = read.integer("appointmentsPerSlot", 0, 0, 100);
        return letter.isEmpty() || zh.isEmpty() || en.isEmpty() ? null
                : new Queue(letter, Bilingual.of(zh, en), serviceLevel, serviceTime, appointments);
    }

    /** The queue in service, if its configuration ever gave one. */
    Optional<Queue> queue() {
        return Optional.ofNullable(configuration.value());
    }

    /** Its configuration, for the floor to refuse it when it clashes with another. */
    SettledConfiguration<Queue> configuration() {
        return configuration;
    }
}
