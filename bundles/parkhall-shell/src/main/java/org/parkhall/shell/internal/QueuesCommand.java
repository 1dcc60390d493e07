package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.Floor;
import org.parkhall.api.QueueInfo;

/** {@code hall:queues}: each queue with who waits and the estimated wait for a ticket taken now. */
@Service
@Command(scope = "hall", name = "queues", description = "Lists the queues / 队列")
public final class QueuesCommand implements Action {

    @Reference
    private Floor floor;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("Queue / 队列");
        table.column("Name / 名称");
        table.column("Waiting / 等候").alignRight();
        table.column("Est. wait / 预计等候").alignRight();
        table.column("Target / 目标").alignRight();
        for (QueueInfo queue : floor.queues()) {
            table.addRow(queue.letter(), queue.name().zh(), queue.waiting(),
                    queue.estimatedMinutes() + " min", queue.serviceLevelMinutes() + " min");
        }
        table.print(System.out);
        return null;
    }
}
