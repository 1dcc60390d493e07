package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.api.Hall;
import org.parkhall.api.HallStatus;

/** {@code hall:status}: whether the hall runs, on what database, and how much of the catalog is served. */
@Service
@Command(scope = "hall", name = "status", description = "Shows the hall's status / 大厅运行状态")
public final class StatusCommand implements Action {

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Hall hall;

    @Override
    public Object execute() {
        HallStatus status = hall.status();
        HallTable table = new HallTable();
        table.column("What / 项目");
        table.column("Value / 值");
        table.addRow("Started / 启动时间", HallTimes.of(status.startedAt(), calendar));
        table.addRow("Database / 数据库", status.database());
        table.addRow("Schema version / 数据结构版本", status.schemaVersion());
        table.addRow("Items available / 受理中事项", status.itemsAvailable() + " of " + status.itemsTotal());
        table.addRow("Departments serving / 进驻部门", status.departments());
        table.print(System.out);
        return null;
    }
}
