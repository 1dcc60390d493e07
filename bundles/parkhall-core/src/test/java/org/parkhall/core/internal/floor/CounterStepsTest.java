package org.parkhall.core.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.CounterStep;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.PauseReason;
import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.InvalidInputException;

/**
 * The steps a counter publishes are exactly those the floor then accepts: a long random walk over every step
 * finds no published step refused and no unpublished one taken. And the new steps (特呼, 挂起/叫回, 暂停) do what a
 * clerk expects.
 */
public class CounterStepsTest {
    private FloorService floor;

    @Before
    public void openFloor() throws SQLException {
        floor = TestFloor.open(new Database(InMemoryDerby.fresh()), TestFloor.calendar(), 1, 2);
    }

    @Test
    public void everyPublishedStepIsAcceptedAndEveryOtherRefused() {
        Random random = new Random(20261202);
        Set<CounterStep> taken = EnumSet.noneOf(CounterStep.class);
        Set<CounterStep> refused = EnumSet.noneOf(CounterStep.class);
        for (int round = 0; round < 600; round++) {
            if (!counter(1).open() && random.nextInt(3) == 0) {
                floor.signIn(1, "周敏");
            }
            floor.issue("A", random.nextBoolean() ? Priority.NONE : Priority.ELDERLY, "kiosk");
            CounterInfo before = counter(1);
            CounterStep step = CounterStep.values()[random.nextInt(CounterStep.values().length)];
            boolean published = before.steps().contains(step);
            try {
                take(step, before);
                assertTrue(step + " was taken though not published at " + before, published);
                taken.add(step);
            } catch (HallException e) {
                assertEquals(step + ": " + e.text(), ErrorCode.ILLEGAL_ACTION, e.error());
                assertFalse(step + " was published but refused: " + e.text() + " at " + before, published);
                refused.add(step);
            }
        }
        assertEquals("every step was taken in the walk", EnumSet.allOf(CounterStep.class), taken);
        assertEquals("every step was refused in the walk", EnumSet.allOf(CounterStep.class), refused);
    }

    private void take(CounterStep step, CounterInfo counter) {
        switch (step) {
            case CALL_NEXT -> floor.callNext(1, "周敏");
            case CALL_NUMBER -> floor.callTicket(1, newestWaiting(), "周敏");
            case RECALL -> floor.recall(1, "周敏");
            case NO_SHOW -> floor.noShow(1, "周敏");
            case START -> floor.startService(1, "周敏");
            case FINISH -> floor.finishService(1, List.of(), "周敏");
            case TRANSFER -> floor.transfer(1, "A", "周敏");
            case HOLD -> floor.hold(1, "周敏");
            case CALL_BACK -> floor.callBack(1, counter.onHold().isEmpty() ? newestWaiting()
                    : counter.onHold().get(0).label(), "周敏");
            case PAUSE -> floor.pause(1, PauseReason.BREAK, "", "周敏");
            case RESUME -> floor.resume(1, "周敏");
            case SIGN_OUT -> floor.signOut(1, "周敏");
        }
    }

    @Test
    public void aVisitorPutOnHoldIsCalledBackWhileOthersAreServedMeanwhile() {
        floor.signIn(1, "周敏");
        String first = floor.issue("A", Priority.NONE, "kiosk").label();
        String second = floor.issue("A", Priority.NONE, "kiosk").label();
        floor.callNext(1, "周敏");
        floor.startService(1, "周敏");
        assertEquals(TicketState.ON_HOLD, floor.hold(1, "周敏").state());
        assertEquals(List.of(first), labels(counter(1).onHold()));
        assertTrue(counter(1).steps().containsAll(Set.of(CounterStep.CALL_NEXT, CounterStep.CALL_BACK)));
        assertFalse("a counter with a visitor on hold does not close", counter(1).steps()
                .contains(CounterStep.SIGN_OUT));

        assertEquals(second, floor.callNext(1, "周敏").orElseThrow().label());
        refused(() -> floor.callBack(1, first, "周敏"), "正在处理" + second);
        floor.startService(1, "周敏");
        floor.finishService(1, List.of(), "周敏");

        Ticket back = floor.callBack(1, first.toLowerCase(), "周敏");
        assertEquals(TicketState.CALLED, back.state());
        assertEquals(1, back.counter());
        assertTrue(counter(1).onHold().isEmpty());
        floor.startService(1, "周敏");
        assertEquals(TicketState.DONE, floor.finishService(1, List.of(), "周敏").state());
        floor.signOut(1, "周敏");
    }

    @Test
    public void aGivenNumberIsCalledOutOfTurnAndOnlyWhileItWaits() {
        floor.signIn(1, "周敏");
        floor.signIn(2, "李娜");
        floor.issue("A", Priority.NONE, "kiosk");
        String later = floor.issue("A", Priority.NONE, "kiosk").label();
        Ticket called = floor.callTicket(2, later, "李娜");
        assertEquals(TicketState.CALLED, called.state());
        assertEquals(2, called.counter());
        refused(() -> floor.callTicket(1, later, "周敏"), "已叫号");
        try {
            floor.callTicket(1, "A999", "周敏");
            fail("no such ticket today");
        } catch (HallException e) {
            assertEquals(ErrorCode.NOT_FOUND, e.error());
        }
    }

    @Test
    public void aServiceIsTransferredToAnotherQueueKeepingItsArrival() {
        floor.signIn(1, "周敏");
        Ticket issued = floor.issue("A", Priority.NONE, "kiosk");
        floor.callNext(1, "周敏");
        floor.startService(1, "周敏");
        Ticket moved = floor.transfer(1, "A", "周敏");
        assertEquals(TicketState.WAITING, moved.state());
        assertEquals(issued.arrivedAt(), moved.arrivedAt());
        assertEquals(null, moved.serviceStartedAt());
        assertEquals(null, counter(1).current());
    }

    @Test
    public void aPausedCounterCallsNoOneAndIsLeftOutOfTheWaitEstimate() {
        floor.signIn(1, "周敏");
        floor.issue("A", Priority.NONE, "kiosk");
        CounterInfo paused = floor.pause(1, PauseReason.MEETING, "  科室例会 ", "周敏");
        assertEquals(PauseReason.MEETING, paused.pause().reason());
        assertEquals("科室例会", paused.pause().note());
        assertEquals(EnumSet.of(CounterStep.RESUME, CounterStep.SIGN_OUT), paused.steps());
        refused(() -> floor.callNext(1, "周敏"), "已暂停服务");
        assertEquals("no open counter serves queue A while counter 1 pauses",
                floor.queues().get(0).estimatedMinutes(), estimateWithNobodyServing());
        assertFalse(floor.resume(1, "周敏").paused());
        assertTrue(floor.callNext(1, "周敏").isPresent());
    }

    @Test
    public void aPauseNeedsAReasonAndANoteForOther() {
        floor.signIn(1, "周敏");
        try {
            floor.pause(1, PauseReason.OTHER, " ", "周敏");
            fail("other needs a note");
        } catch (InvalidInputException e) {
            assertEquals("note", e.field());
        }
        try {
            floor.pause(1, null, "", "周敏");
            fail("a reason is needed");
        } catch (InvalidInputException e) {
            assertEquals("reason", e.field());
        }
        assertFalse(counter(1).paused());
    }

    /** The estimate of a queue no counter serves: what a paused floor's only counter must leave. */
    private int estimateWithNobodyServing() {
        floor.signOut(1, "周敏");
        int estimate = floor.queues().get(0).estimatedMinutes();
        floor.signIn(1, "周敏");
        floor.pause(1, PauseReason.MEETING, "", "周敏");
        return estimate;
    }

    private String newestWaiting() {
        return floor.tickets("A", TicketState.WAITING).get(0).label();
    }

    private CounterInfo counter(int number) {
        return floor.counters().stream().filter(counter -> counter.number() == number).findFirst().orElseThrow();
    }

    private static List<String> labels(List<Ticket> tickets) {
        List<String> labels = new ArrayList<>();
        tickets.forEach(ticket -> labels.add(ticket.label()));
        return labels;
    }

    private static void refused(Runnable step, String saying) {
        try {
            step.run();
            fail("refused: " + saying);
        } catch (HallException e) {
            assertEquals(ErrorCode.ILLEGAL_ACTION, e.error());
            assertTrue(e.text().zh(), e.text().zh().contains(saying));
        }
    }
}
