package org.parkhall.core.internal.health;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.parkhall.api.Floor;
import org.parkhall.api.Hall;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallStatus;
import org.parkhall.api.QueueInfo;
import org.parkhall.api.Readiness;
import org.parkhall.api.RefusedConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationProblem;
import org.parkhall.spi.ConfigurationReader;

public class HealthServiceTest {
    private static final HallStatus STATUS = new HallStatus(Instant.EPOCH, "Apache Derby", 12, 15, 15, 5);
    private static final ConfigurationProblem BURST = new ConfigurationProblem("priorityBurst", "abc",
            Bilingual.of("须为 1 到 10 的整数", "a whole number from 1 to 10"));

    @Test
    public void withNothingBoundTheHallIsDownNamingTheStoreAndTheFloor() {
        Readiness readiness = new HealthService(runtime()).readiness();
        assertEquals(Readiness.State.DOWN, readiness.state());
        assertEquals(List.of("store", "floor"), readiness.problems().stream().map(Readiness.Problem::component)
                .toList());
    }

    @Test
    public void aRefusedConfigurationDegradesTheHallOnlyWhenNoLastGoodOneRuns() {
        HealthService health = new HealthService(runtime());
        health.hall = fake(Hall.class, STATUS);
        health.floor = fake(Floor.class, List.of(new QueueInfo("A", Bilingual.of("综合", "General"), 15, 0, 0)));
        assertEquals(Readiness.State.UP, health.readiness().state());

        health.configurations = refused(new RefusedConfiguration("org.parkhall.floor", "etc/org.parkhall.floor.cfg",
                List.of(BURST), true));
        Readiness kept = health.readiness();
        assertEquals(Readiness.State.UP, kept.state());
        assertTrue(kept.warnings().toString(), kept.warnings().get(0).reason().contains("etc/org.parkhall.floor.cfg")
                && kept.warnings().get(0).reason().contains("priorityBurst = \"abc\""));

        health.configurations = refused(new RefusedConfiguration("org.parkhall.queue~tax", "", List.of(BURST), false));
        Readiness degraded = health.readiness();
        assertEquals(Readiness.State.DEGRADED, degraded.state());
        assertEquals("org.parkhall.queue~tax", degraded.problems().get(0).component());
    }

    @Test
    public void aFloorWithoutQueuesIsNotReady() {
        HealthService health = new HealthService(runtime());
        health.hall = fake(Hall.class, STATUS);
        health.floor = fake(Floor.class, List.of());
        Readiness readiness = health.readiness();
        assertEquals(Readiness.State.DEGRADED, readiness.state());
        assertTrue(readiness.problems().get(0).reason().startsWith("no queue is configured"));
    }

    private static ServiceComponentRuntime runtime() {
        return fake(ServiceComponentRuntime.class, List.of());
    }

    private static HallConfiguration refused(RefusedConfiguration refused) {
        return new HallConfiguration() {
            @Override
            public List<RefusedConfiguration> refused() {
                return List.of(refused);
            }

            @Override
            public void report(ConfigurationReader read, boolean lastGoodKept) {
                throw new UnsupportedOperationException("health only reads");
            }

            @Override
            public void withdrawn(String pid) {
                throw new UnsupportedOperationException("health only reads");
            }
        };
    }

    /** A {@code type} whose every method answers {@code answer} (the one method health calls on it). */
    private static <T> T fake(Class<T> type, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> method.getName().equals("toString") ? type.getSimpleName() : answer));
    }
}
