package org.parkhall.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.parkhall.api.HallHealth;
import org.parkhall.api.Readiness;

/**
 * {@code hall:health}: the hall's readiness as {@code GET /api/v1/health/ready} reports it — UP, or DEGRADED / DOWN
 * with each component that is not active and why — the configurations refused, and the items no department serves
 * now.
 */
@Service
@Command(scope = "hall", name = "health", description = "Shows whether the hall is ready, and what is not / 大厅就绪状态")
public final class HealthCommand implements Action {

    @Reference
    private HallHealth health;

    @Override
    public Object execute() {
        Readiness readiness = health.readiness();
        System.out.println("Readiness / 就绪状态: " + readiness.state());
        print(readiness.problems());
        if (!readiness.warnings().isEmpty()) {
            System.out.println("Warnings (the hall runs on) / 警告（不影响运行）:");
            print(readiness.warnings());
        }
        if (!readiness.itemsUnavailable().isEmpty()) {
            System.out.println("Not served now (department away) / 暂停受理: "
                    + String.join(", ", readiness.itemsUnavailable()));
        }
        return null;
    }

    private static void print(List<Readiness.Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Check / 检查");
        table.column("Component / 组件");
        table.column("Why / 原因").maxSize(100).wrap();
        problems.forEach(problem -> table.addRow().addContent(problem.check(), problem.component(), problem.reason()));
        table.print(System.out);
    }
}
