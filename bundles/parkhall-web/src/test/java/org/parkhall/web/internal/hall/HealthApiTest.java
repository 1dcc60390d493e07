package org.parkhall.web.internal.hall;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.parkhall.api.HallStatus;
import org.parkhall.api.Readiness;
import org.parkhall.api.Readiness.Problem;
import org.parkhall.web.internal.api.Answered;

public class HealthApiTest {
    private static final HallStatus HALL = new HallStatus(Instant.EPOCH, "Apache Derby 10.14", 12, 15, 12, 4);

    @Test
    public void withoutTheCoreReadinessIsDownNamingItAndLivenessIsUp() {
        HealthApi health = new HealthApi();
        Answered answer = (Answered) health.ready(null);
        assertEquals(503, answer.status());
        Map<?, ?> body = (Map<?, ?>) answer.body();
        assertEquals("DOWN", body.get("status"));
        assertTrue(body.toString(), body.get("problems").toString().contains("parkhall-core"));
        assertEquals(Map.of("status", "UP"), health.live(null));
    }

    @Test
    public void aComponentNotActiveIsNamedInBothLanguagesAndTheStoreDownInTheDatabasesWords() {
        Map<String, String> degraded = HealthApi.error(new Readiness(Readiness.State.DEGRADED,
                List.of(new Problem("component", "org.parkhall.core.internal.checklist.ChecklistService", "disabled")),
                HALL, List.of("TAX-01"), List.of()));
        assertEquals("unavailable", degraded.get("code"));
        assertEquals("the hall is not ready: org.parkhall.core.internal.checklist.ChecklistService is not active"
                + " (disabled)", degraded.get("messageEn"));
        assertTrue(degraded.get("message"), degraded.get("message").startsWith("大厅未就绪：org.parkhall.core"));

        Map<String, String> down = HealthApi.error(new Readiness(Readiness.State.DOWN, List.of(
                new Problem("component", "org.parkhall.core.internal.hall.HallService", "unsatisfied references: x"),
                new Problem("store", "store", "the database does not answer")), null, List.of(), List.of()));
        assertEquals("the database is not answering; try again shortly", down.get("messageEn"));
    }

    @Test
    public void readinessRefusesAStateThatContradictsItsProblems() {
        List<Problem> floorAway = List.of(new Problem("floor", "floor", "not active"));
        assertThrows(IllegalArgumentException.class,
                () -> new Readiness(Readiness.State.UP, floorAway, HALL, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Readiness(Readiness.State.DEGRADED, List.of(), HALL, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Readiness(Readiness.State.DOWN, floorAway, HALL, List.of(), List.of()));
    }
}
