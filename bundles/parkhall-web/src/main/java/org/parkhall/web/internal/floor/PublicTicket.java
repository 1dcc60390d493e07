package org.parkhall.web.internal.floor;

import java.time.Instant;

import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;

/**
 * A ticket as the public sees it (the kiosk, the display, anyone who types a label): where it stands, never who
 * holds it — no priority category (it may tell a disability or a pregnancy) and no case numbers.
 */
public record PublicTicket(String label, String queue, TicketState state, Instant arrivedAt, int counter, int peopleAhead,
        int estimatedMinutes) {

    public static PublicTicket of(Ticket ticket) {
        return new PublicTicket(ticket.label(), ticket.queue(), ticket.state(), ticket.arrivedAt(), ticket.counter(),
                ticket.peopleAhead(), ticket.estimatedMinutes());
    }
}
