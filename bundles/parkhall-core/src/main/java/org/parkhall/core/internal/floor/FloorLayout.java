package org.parkhall.core.internal.floor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The configured queues and counters, as their configurations come and go. */
@Component(service = FloorLayout.class)
public final class FloorLayout {
    private final Map<String, QueueDefinition.Queue> queues = new ConcurrentHashMap<>();
    private final Map<Integer, CounterDefinition.Counter> counters = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeQueue")
    public void addQueue(QueueDefinition definition) {
        queues.put(definition.queue().letter(), definition.queue());
    }

    void removeQueue(QueueDefinition definition) {
        queues.remove(definition.queue().letter(), definition.queue());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeCounter")
    void addCounter(CounterDefinition definition) {
        counters.put(definition.counter().number(), definition.counter());
    }

    void removeCounter(CounterDefinition definition) {
        counters.remove(definition.counter().number(), definition.counter());
    }

    public List<QueueDefinition.Queue> queues() {
        return queues.values().stream().sorted(Comparator.comparing(QueueDefinition.Queue::letter)).toList();
    }

    public Optional<QueueDefinition.Queue> queue(String letter) {
        return Optional.ofNullable(letter == null ? null : queues.get(letter.strip().toUpperCase()));
    }

    List<CounterDefinition.Counter> counters() {
        return counters.values().stream().sorted(Comparator.comparingInt(CounterDefinition.Counter::number)).toList();
    }

    Optional<CounterDefinition.Counter> counter(int number) {
        return Optional.ofNullable(counters.get(number));
    }
}
