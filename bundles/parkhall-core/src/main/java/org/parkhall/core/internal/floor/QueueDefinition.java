package org.parkhall.core.internal.floor;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.spi.Bilingual;

/** One queue per factory configuration {@code etc/org.parkhall.queue-<name>.cfg}. */
@Component(service = QueueDefinition.class, configurationPid = "org.parkhall.queue",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = QueueDefinition.Config.class, factory = true)
public final class QueueDefinition {

    @ObjectClassDefinition(name = "Parkhall queue")
    public @interface Config {
        @AttributeDefinition(description = "The letter its tickets start with, A to Z")
        String letter();

        @AttributeDefinition(description = "Name in Chinese, e.g. 综合受理")
        String name_zh();

        @AttributeDefinition(description = "Name in English")
        String name_en();

        @AttributeDefinition(description = "Service-level target: a ticket should be called within these minutes")
        int serviceLevelMinutes() default 15;

        @AttributeDefinition(description = "Assumed service time before any has been measured today, in minutes")
        int defaultServiceMinutes() default 8;

        @AttributeDefinition(description = "Appointments (预约) taken per time slot; 0 when the queue takes none")
        int appointmentsPerSlot() default 0;
    }

    /** A queue as the floor uses it. */
    public record Queue(String letter, Bilingual name, int serviceLevelMinutes, int defaultServiceMinutes,
            int appointmentsPerSlot) {
    }

    private final Queue queue;

    @Activate
    public QueueDefinition(Config config) {
        String letter = config.letter() == null ? "" : config.letter().strip();
        if (!letter.matches("[A-Z]")) {
            throw new IllegalArgumentException("letter must be one capital letter A-Z, was: " + config.letter());
        }
        if (config.serviceLevelMinutes() < 1 || config.defaultServiceMinutes() < 1) {
            throw new IllegalArgumentException("queue " + letter + ": minutes must be at least 1");
        }
        if (config.appointmentsPerSlot() < 0) {
            throw new IllegalArgumentException("queue " + letter + ": appointmentsPerSlot must not be negative");
        }
        this.queue = new Queue(letter, Bilingual.of(config.name_zh(), config.name_en()), config.serviceLevelMinutes(),
                config.defaultServiceMinutes(), config.appointmentsPerSlot());
    }

    Queue queue() {
        return queue;
    }
}
