package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.api.Ledger;
import org.parkhall.api.LedgerEvent;

/** {@code hall:ledger}: the newest entries of the work ledger (工作台账). */
@Service
@Command(scope = "hall", name = "ledger", description = "Shows the work ledger / 工作台账")
public final class LedgerCommand implements Action {

    @Option(name = "-n", aliases = "--limit", description = "条数 (1-1000) / how many entries (1-1000)")
    private int limit = 20;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Ledger ledger;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("#").alignRight();
        table.column("Time / 时间");
        table.column("Actor / 操作人");
        table.column("Action / 事项");
        table.column("Subject / 对象");
        table.column("Data / 内容").maxSize(60);
        for (LedgerEvent event : ledger.recent(limit)) {
            table.addRow(event.sequence(), HallTimes.of(event.time(), calendar), event.actor(), event.action(), event.subject(),
                    event.data());
        }
        table.print(System.out);
        return null;
    }
}
