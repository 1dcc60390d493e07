package org.parkhall.web.internal.access;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.Test;

public class SessionTableTest {
    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private static final Staff WANG = new Staff("wang", Set.of("clerk"), "t");
    private static final Staff LI = new Staff("li", Set.of("guide"), "t");

    @Test
    public void oneAccountKeepsAtMostItsCapAndASignInEndsItsSessionIdleTheLongest() {
        SessionTable sessions = new SessionTable(Duration.ofMinutes(30), 5, 1000);
        for (int i = 0; i < 300; i++) {
            sessions.open("wang-" + i, WANG, NOW.plusSeconds(i));
        }
        assertEquals("300 sign-ins, five sessions", 5, sessions.size());
        assertTrue(sessions.touch("wang-299", NOW.plusSeconds(300)).isPresent());
        assertTrue(sessions.touch("wang-295", NOW.plusSeconds(301)).isPresent());
        assertFalse(sessions.touch("wang-294", NOW.plusSeconds(301)).isPresent());

        sessions.touch("wang-296", NOW.plusSeconds(302)); // in use: 297 is now the one idle the longest
        sessions.open("wang-300", WANG, NOW.plusSeconds(303));
        assertFalse(sessions.touch("wang-297", NOW.plusSeconds(304)).isPresent());
        assertTrue(sessions.touch("wang-296", NOW.plusSeconds(304)).isPresent());
    }

    @Test
    public void allAccountsTogetherKeepAtMostTheTotalCap() {
        SessionTable sessions = new SessionTable(Duration.ofMinutes(30), 5, 3);
        sessions.open("li", LI, NOW);
        for (int i = 0; i < 3; i++) {
            sessions.open("wang-" + i, WANG, NOW.plusSeconds(1 + i));
        }
        assertEquals(3, sessions.size());
        assertFalse("the session idle the longest ended", sessions.touch("li", NOW.plusSeconds(5)).isPresent());
    }

    @Test
    public void anIdleSessionEndsAndSigningOutOrAChangedAccountEndsThem() {
        SessionTable sessions = new SessionTable(Duration.ofMinutes(30), 5, 1000);
        sessions.open("a", WANG, NOW);
        sessions.open("b", WANG, NOW);
        sessions.open("c", LI, NOW);
        assertFalse(sessions.touch("a", NOW.plus(Duration.ofMinutes(31))).isPresent());
        sessions.end("b");
        assertFalse(sessions.touch("b", NOW).isPresent());
        assertFalse("no session of wang left", sessions.endAll("wang"));
        assertTrue(sessions.endAll("li"));
        assertEquals(0, sessions.size());
    }
}
