package org.parkhall.shell.internal;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.BadRatings;
import org.parkhall.api.Rectification;

/**
 * {@code hall:rectifications [-a] [--overdue]}: the bad ratings' rectifications (差评整改), open ones unless {@code -a},
 * with the overdue ones flagged (超期).
 */
@Service
@Command(scope = "hall", name = "rectifications", description = "Rectifications of bad ratings / 差评整改")
public final class RectificationsCommand implements Action {

    @Option(name = "-a", aliases = "--all", description = "含已办结 / closed ones too")
    private boolean all;

    @Option(name = "--overdue", description = "仅超期 / overdue ones only")
    private boolean overdue;

    @Reference
    private BadRatings badRatings;

    @Override
    public Object execute() {
        List<Rectification> found = badRatings.rectifications(Set.of(), !all, overdue);
        HallTable table = new HallTable();
        table.column("No. / 编号").alignRight();
        table.column("Department / 部门");
        table.column("Rated / 评价");
        table.column("Deadline / 期限");
        table.column("Answer / 整改方式");
        table.column("State / 状态");
        for (Rectification rectification : found) {
            table.addRow(rectification.id(), rectification.department(),
                    rectification.rating().overall().label().zh(), rectification.deadline(),
                    rectification.kind() == null ? "未登记 not recorded" : rectification.kind().label().zh(),
                    state(rectification));
        }
        table.print(System.out);
        System.out.println(found.size() + " 件 rectifications, " + found.stream().filter(Rectification::overdue).count()
                + " 件超期 overdue");
        return null;
    }

    private static String state(Rectification rectification) {
        if (rectification.overdue()) {
            return "超期 OVERDUE";
        }
        if (!rectification.open()) {
            return rectification.followedUpAt() != null ? "已回访 followed up" : "申诉成立 appeal upheld";
        }
        return rectification.appeal() != null && rectification.appeal().pending() ? "申诉中 appealed" : "办理中 open";
    }
}
