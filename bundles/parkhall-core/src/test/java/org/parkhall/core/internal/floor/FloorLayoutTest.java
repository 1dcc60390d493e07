package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.parkhall.api.RefusedConfiguration;
import org.parkhall.core.internal.configuration.ConfigurationChecks;

public class FloorLayoutTest {
    private final ConfigurationChecks configurations = new ConfigurationChecks();
    private final FloorLayout layout = new FloorLayout();

    @Test
    public void aLaterQueueReusingALetterIsRefusedAndRemovingItLeavesTheFirst() {
        QueueDefinition first = queue("comprehensive", "A", "综合受理");
        QueueDefinition later = queue("duplicate", "A", "重复");
        layout.addQueue(first);
        layout.addQueue(later);

        assertEquals("综合受理", layout.queue("A").orElseThrow().name().zh());
        RefusedConfiguration refused = configurations.refused().get(0);
        assertEquals("org.parkhall.queue~duplicate", refused.pid());
        assertEquals("etc/org.parkhall.queue-duplicate.cfg", refused.file());
        assertEquals("letter", refused.problems().get(0).key());
        assertTrue(refused.degraded());

        layout.removeQueue(later);
        later.withdraw();
        assertEquals("综合受理", layout.queue("A").orElseThrow().name().zh());
        assertEquals(List.of(), configurations.refused());
    }

    @Test
    public void whenTheFirstGoesTheLaterOneServesAndIsNoLongerRefused() {
        QueueDefinition first = queue("comprehensive", "A", "综合受理");
        QueueDefinition later = queue("replacement", "A", "新综合受理");
        layout.addQueue(first);
        layout.addQueue(later);

        layout.removeQueue(first);
        assertEquals("新综合受理", layout.queue("A").orElseThrow().name().zh());
        assertEquals(List.of(), configurations.refused());
    }

    @Test
    public void aCounterReusingANumberIsRefusedAndAWrongChangeKeepsTheLastGood() {
        CounterDefinition first = counter("1", "A");
        CounterDefinition later = counter("1", "B");
        layout.addCounter(first);
        layout.addCounter(later);
        assertEquals(List.of("A"), layout.counter(1).orElseThrow().queues());
        assertEquals("number", configurations.refused().get(0).problems().get(0).key());

        first.configure(Map.of("service.pid", "org.parkhall.counter~x", "number", "1", "queues", "a-c"));
        layout.changedCounter(first);
        assertEquals(List.of("A"), layout.counter(1).orElseThrow().queues());
    }

    @Test
    public void aQueueWithoutALetterOrNameNeverServes() {
        layout.addQueue(queue("broken", "AB", ""));

        assertEquals(List.of(), layout.queues());
        assertEquals(List.of("letter", "name.zh"), configurations.refused().get(0).problems().stream()
                .map(problem -> problem.key()).toList());
    }

    private QueueDefinition queue(String name, String letter, String zh) {
        return new QueueDefinition(configurations, Map.of("service.pid", "org.parkhall.queue~" + name,
                "felix.fileinstall.filename", "file:/hall/etc/org.parkhall.queue-" + name + ".cfg", "letter", letter,
                "name.zh", zh, "name.en", "Queue " + name));
    }

    private CounterDefinition counter(String number, String queues) {
        return new CounterDefinition(configurations, Map.of("service.pid", "org.parkhall.counter~" + queues,
                "number", number, "name", number + "号窗口", "queues", queues));
    }
}
