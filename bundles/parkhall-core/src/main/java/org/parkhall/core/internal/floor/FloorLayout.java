package org.parkhall.core.internal.floor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parkhall.core.internal.configuration.FirstComeClashes;
import org.parkhall.spi.Bilingual;

/**
 * The configured queues and counters, as their configurations come and go. A letter or number is served by the
 * configuration that came first; a later one that reuses it is refused (and named in the log) and takes over
 * only once the first is gone, so removing a duplicate leaves the floor as it was.
 */
@Component(service = FloorLayout.class)
public final class FloorLayout {
    /** A queue's letter, which starts its tickets. */
    public static final String LETTER = "[A-Z]";
    public static final Bilingual LETTER_RULE = Bilingual.of("一个大写字母A到Z", "one capital letter A to Z");
    private static final Bilingual LETTER_TAKEN = Bilingual.of("其他队列未用的字母（已有队列使用该字母，先配置者保留）",
            "a letter no other queue uses (a queue configured earlier has it and keeps it)");
    private static final Bilingual NUMBER_TAKEN = Bilingual.of("其他窗口未用的编号（已有窗口使用该编号，先配置者保留）",
            "a number no other counter uses (a counter configured earlier has it and keeps it)");

    private final FirstComeClashes<QueueDefinition, String> queues = new FirstComeClashes<>(
            definition -> definition.queue().map(QueueDefinition.Queue::letter), QueueDefinition::configuration,
            "letter", LETTER_TAKEN);
    private final FirstComeClashes<CounterDefinition, Integer> counters = new FirstComeClashes<>(
            definition -> definition.counter().map(CounterDefinition.Counter::number),
            CounterDefinition::configuration, "number", NUMBER_TAKEN);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeQueue",
            updated = "changedQueue")
    public void addQueue(QueueDefinition definition) {
        queues.add(definition);
    }

    void changedQueue(QueueDefinition definition) {
        queues.changed(definition);
    }

    void removeQueue(QueueDefinition definition) {
        queues.remove(definition);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeCounter", updated = "changedCounter")
    void addCounter(CounterDefinition definition) {
        counters.add(definition);
    }

    void changedCounter(CounterDefinition definition) {
        counters.changed(definition);
    }

    void removeCounter(CounterDefinition definition) {
        counters.remove(definition);
    }

    public List<QueueDefinition.Queue> queues() {
        return queues.inService().values().stream().map(definition -> definition.queue().orElseThrow())
                .sorted(Comparator.comparing(QueueDefinition.Queue::letter)).toList();
    }

    public Optional<QueueDefinition.Queue> queue(String letter) {
        return Optional.ofNullable(letter == null ? null : queues.inService().get(letter.strip().toUpperCase()))
                .flatMap(QueueDefinition::queue);
    }

    List<CounterDefinition.Counter> counters() {
        return counters.inService().values().stream().map(definition -> definition.counter().orElseThrow())
                .sorted(Comparator.comparingInt(CounterDefinition.Counter::number)).toList();
    }

    Optional<CounterDefinition.Counter> counter(int number) {
        return Optional.ofNullable(counters.inService().get(number)).flatMap(CounterDefinition::counter);
    }
}
