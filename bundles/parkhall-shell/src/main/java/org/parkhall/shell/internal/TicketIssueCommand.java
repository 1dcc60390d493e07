package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.Floor;
import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;

/** {@code hall:ticket-issue <queue>}: takes a ticket, as the kiosk does. */
@Service
@Command(scope = "hall", name = "ticket-issue", description = "Takes a ticket / 取号")
public final class TicketIssueCommand implements Action {

    @Argument(name = "queue", description = "队列字母 / queue letter", required = true)
    @Completion(QueueLetterCompleter.class)
    private String queue;

    @Option(name = "-p", aliases = "--priority", description = "优先类别 / priority: ELDERLY, DISABLED, PREGNANT or APPOINTMENT")
    private Priority priority = Priority.NONE;

    @Reference
    private Floor floor;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            Ticket ticket = floor.issue(queue, priority, "shell:" + session.get("USER"));
            System.out.println(ticket.label() + "  前面 " + ticket.peopleAhead() + " 人，预计等候 "
                    + ticket.estimatedMinutes() + " 分钟 / " + ticket.peopleAhead() + " ahead, about "
                    + ticket.estimatedMinutes() + " min");
        });
    }
}
