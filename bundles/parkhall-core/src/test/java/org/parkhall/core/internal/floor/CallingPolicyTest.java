package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class CallingPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private final CallingPolicy policy = new CallingPolicy(2, Duration.ofMinutes(30));

    private static CallingPolicy.Candidate ticket(long id, int queueRank, boolean priority, int minutesAgo) {
        return new CallingPolicy.Candidate(id, queueRank, priority, NOW.minus(Duration.ofMinutes(minutesAgo)));
    }

    @Test
    public void priorityTicketsGoAheadOfOrdinaryOnes() {
        List<CallingPolicy.Candidate> waiting = List.of(ticket(1, 0, false, 10), ticket(2, 0, true, 2));
        assertEquals(2, policy.choose(waiting, 0, NOW).orElseThrow().id());
    }

    @Test
    public void afterABurstOfPriorityCallsAnOrdinaryTicketIsCalled() {
        List<CallingPolicy.Candidate> waiting = List.of(ticket(1, 0, false, 10), ticket(2, 0, true, 2));
        assertEquals(1, policy.choose(waiting, 2, NOW).orElseThrow().id());
        assertEquals("with nobody ordinary waiting, priority goes on", 2,
                policy.choose(List.of(ticket(2, 0, true, 2)), 5, NOW).orElseThrow().id());
    }

    @Test
    public void anOrdinaryTicketWaitingTooLongComesBeforeAnyPriority() {
        List<CallingPolicy.Candidate> waiting = List.of(ticket(1, 1, false, 31), ticket(2, 0, true, 40),
                ticket(3, 0, false, 5));
        assertEquals(1, policy.choose(waiting, 0, NOW).orElseThrow().id());
    }

    @Test
    public void theCountersPreferredQueueComesFirstThenArrival() {
        List<CallingPolicy.Candidate> waiting = List.of(ticket(1, 1, false, 20), ticket(2, 0, false, 5),
                ticket(3, 0, false, 8));
        assertEquals(3, policy.choose(waiting, 0, NOW).orElseThrow().id());
        assertTrue(policy.choose(List.of(), 0, NOW).isEmpty());
    }

    @Test
    public void aSteadyStreamOfPriorityTicketsDoesNotStarveAnOrdinaryOne() {
        List<CallingPolicy.Candidate> waiting = new ArrayList<>(List.of(ticket(100, 0, false, 1)));
        int inRow = 0;
        for (int call = 0; call < 3; call++) {
            waiting.add(ticket(call + 1, 0, true, 0));
            CallingPolicy.Candidate chosen = policy.choose(waiting, inRow, NOW).orElseThrow();
            waiting.remove(chosen);
            if (chosen.id() == 100) {
                assertEquals("the ordinary ticket is called third", 2, call);
                return;
            }
            inRow++;
        }
        throw new AssertionError("the ordinary ticket was never called");
    }

    @Test
    public void theWaitIsSharedAmongOpenCountersFromRecentServiceTimes() {
        assertEquals(0, WaitEstimate.minutes(0, List.of(), 2, Duration.ofMinutes(8)));
        assertEquals("no service measured yet: the default time", 16,
                WaitEstimate.minutes(4, List.of(), 2, Duration.ofMinutes(8)));
        assertEquals(5, WaitEstimate.minutes(3, List.of(Duration.ofMinutes(4), Duration.ofMinutes(6)), 3,
                Duration.ofMinutes(8)));
        assertEquals("a closed queue still gets an estimate as if one counter opened", 24,
                WaitEstimate.minutes(3, List.of(), 0, Duration.ofMinutes(8)));
    }
}
