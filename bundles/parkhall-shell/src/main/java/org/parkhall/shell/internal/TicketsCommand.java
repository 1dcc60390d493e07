package org.parkhall.shell.internal;

import java.util.Objects;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.api.Floor;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;

/** {@code hall:tickets}: today's tickets, newest first. */
@Service
@Command(scope = "hall", name = "tickets", description = "Lists today's tickets / 今日排队号")
public final class TicketsCommand implements Action {

    @Option(name = "-q", aliases = "--queue", description = "只看该队列 / only this queue")
    @Completion(QueueLetterCompleter.class)
    private String queue;

    @Option(name = "-s", aliases = "--state", description = "只看该状态 / only this state, e.g. WAITING")
    private TicketState state;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Floor floor;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("Ticket / 号");
        table.column("Queue / 队列");
        table.column("Priority / 优先");
        table.column("State / 状态");
        table.column("Arrived / 到达");
        table.column("Counter / 窗口").alignRight();
        int shown = 0;
        for (Ticket ticket : floor.tickets(queue, state)) {
            table.addRow(ticket.label(), ticket.queue(), ticket.priority().label().zh(),
                    ticket.state().label().zh(), HallTimes.of(ticket.arrivedAt(), calendar),
                    ticket.counter() == 0 ? "-" : Objects.toString(ticket.counter()));
            shown++;
        }
        table.print(System.out);
        System.out.println(shown + " ticket(s) / 个号");
        return null;
    }
}
