package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.Floor;

/** {@code hall:ticket-call <counter>}: calls the next ticket to a counter (叫号). */
@Service
@Command(scope = "hall", name = "ticket-call", description = "Calls the next ticket / 叫号")
public final class TicketCallCommand implements Action {

    @Argument(name = "counter", description = "窗口号 / counter number", required = true)
    @Completion(CounterNumberCompleter.class)
    private int counter;

    @Reference
    private Floor floor;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        return Refusals.run(() -> System.out.println(floor.callNext(counter, "shell:" + session.get("USER"))
                .map(ticket -> "请 " + ticket.label() + " 号到 " + counter + " 号窗口 / " + ticket.label()
                        + " to counter " + counter)
                .orElse("当前无人等候 / nobody is waiting")));
    }
}
