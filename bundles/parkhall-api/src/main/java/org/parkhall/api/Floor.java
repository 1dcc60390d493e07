package org.parkhall.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The hall floor: queues, counters and tickets. Every change is one transaction with its ledger entry; every
 * call is published to the hall display.
 *
 * <p>Calling rule: a counter calls from its queues in order of preference. Priority tickets (elderly, disabled,
 * pregnant, appointment) go ahead of ordinary ones, but after {@code priorityBurst} priority calls in a row the
 * counter calls the longest-waiting ordinary ticket, and an ordinary ticket waiting longer than
 * {@code maxOrdinaryWaitMinutes} is called before any priority ticket — so no ordinary ticket starves.
 */
@ProviderType
public interface Floor {

    List<QueueInfo> queues();

    List<CounterInfo> counters();

    /** Takes a ticket for a queue (取号), with its place and estimated wait. */
    Ticket issue(String queueLetter, Priority priority, String actor);

    Optional<Ticket> ticket(String label);

    /** Today's tickets, newest first; {@code queueLetter} empty for all queues. */
    List<Ticket> tickets(String queueLetter, TicketState state);

    /** Staff sign in at a counter (the attendance record); the counter opens. */
    CounterInfo signIn(int counter, String staff);

    /** Staff sign out; a counter with a ticket still called or in service cannot close. */
    CounterInfo signOut(int counter, String staff);

    /** Calls the next ticket for an open counter with no ticket in hand; empty when nobody waits. */
    Optional<Ticket> callNext(int counter, String actor);

    /** Calls the counter's ticket again (重呼), at most {@code maxRecalls} times. */
    Ticket recall(int counter, String actor);

    /** The called visitor did not come (过号); they may rejoin within {@code noShowRejoinMinutes}. */
    Ticket noShow(int counter, String actor);

    /** A no-show ticket rejoins its queue at its original arrival time. */
    Ticket rejoin(String label, String actor);

    Ticket startService(int counter, String actor);

    /** Service ends; {@code caseNumbers} are the cases it produced. */
    Ticket finishService(int counter, List<String> caseNumbers, String actor);

    /**
     * Moves the counter's ticket, called or in service, to another queue (转移), keeping its original arrival
     * time.
     */
    Ticket transfer(int counter, String toQueue, String actor);

    /** Calls a given waiting ticket out of turn (特呼), from any queue. */
    Ticket callTicket(int counter, String label, String actor);

    /** Puts the ticket in service on hold (挂起): the counter is free to call others until it calls it back. */
    Ticket hold(int counter, String actor);

    /** Calls back (叫回) one of the counter's tickets on hold; it is announced as a call. */
    Ticket callBack(int counter, String label, String actor);

    /** Pauses an open counter with no ticket in hand (暂停服务); it calls no one until it resumes. */
    CounterInfo pause(int counter, PauseReason reason, String note, String actor);

    CounterInfo resume(int counter, String actor);

    Ticket cancel(String label, String actor);
}
