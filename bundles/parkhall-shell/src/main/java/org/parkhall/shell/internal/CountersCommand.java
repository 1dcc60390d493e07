package org.parkhall.shell.internal;


import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.Floor;

/** {@code hall:counters}: each counter, its queues, who is signed in and the ticket in hand. */
@Service
@Command(scope = "hall", name = "counters", description = "Lists the counters / 窗口")
public final class CountersCommand implements Action {

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Floor floor;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("Counter / 窗口").alignRight();
        table.column("Name / 名称");
        table.column("Queues / 队列");
        table.column("Staff / 人员");
        table.column("Since / 签到");
        table.column("Ticket / 当前号");
        for (CounterInfo counter : floor.counters()) {
            table.addRow(counter.number(), counter.name(), String.join(",", counter.queues()),
                    counter.open() ? counter.staff() : "关闭 closed", HallTimes.of(counter.since(), calendar),
                    counter.current() == null ? "-"
                            : counter.current().label() + " " + counter.current().state().label().zh());
        }
        table.print(System.out);
        return null;
    }
}
