package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A ticket (排队号) like {@code A012}: numbered per queue per day, never issued twice.
 *
 * @param arrivedAt        when the visitor first took a ticket; kept on transfer, so they lose no place
 * @param counter          the counter that called it, 0 before
 * @param recalls          how often it was called again (重呼)
 * @param peopleAhead      tickets to be called before it, while waiting
 * @param estimatedMinutes estimated wait while waiting
 * @param caseNumbers      the cases its service produced
 */
public record Ticket(long id, LocalDate day, String label, String queue, Priority priority, TicketState state,
        Instant arrivedAt, Instant calledAt, int counter, int recalls, Instant serviceStartedAt,
        Instant serviceEndedAt, List<String> caseNumbers, int peopleAhead, int estimatedMinutes) {
}
