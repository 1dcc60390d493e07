package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.CaseReviews;
import org.parkhall.api.Supervision;

/**
 * {@code hall:supervise [-d department]}: raises the cases near and past their due date that were not raised yet
 * (督办), then lists every raised case whose clock still runs, most urgent first.
 */
@Service
@Command(scope = "hall", name = "supervise", description = "Cases raised for supervision / 督办")
public final class SuperviseCommand implements Action {

    @Option(name = "-d", aliases = "--department", description = "部门代码 / department code")
    private String department;

    @Reference
    private CaseReviews reviews;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("Case / 办件编号");
        table.column("Item / 事项");
        table.column("Dept / 部门");
        table.column("Level / 级别");
        table.column("Due / 到期");
        table.column("Days left / 剩余工作日");
        table.column("Claimed / 认领人");
        int listed = 0;
        for (Supervision raised : reviews.supervision()) {
            if (department != null && !department.isBlank() && !raised.department().equals(department.strip())) {
                continue;
            }
            table.addRow(raised.caseNumber(), raised.itemName(), raised.department(), raised.level().label().zh(),
                    raised.dueOn().toString(), String.valueOf(raised.daysLeft()),
                    raised.claimedBy().isEmpty() ? "-" : raised.claimedBy());
            listed++;
        }
        table.print(System.out);
        System.out.println(listed + " case(s) / 件");
        return null;
    }
}
