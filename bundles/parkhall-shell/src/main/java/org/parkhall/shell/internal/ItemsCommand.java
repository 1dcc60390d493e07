package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.spi.ServiceItem;

/** {@code hall:items}: the catalog with each item's department, time limits and availability. */
@Service
@Command(scope = "hall", name = "items", description = "Lists the service items / 事项目录")
public final class ItemsCommand implements Action {

    @Option(name = "-d", aliases = "--department", description = "只看该部门的事项 / only this department's items (e.g. amr)")
    private String department;

    @Option(name = "-u", aliases = "--unavailable", description = "仅暂停受理的事项 / only items temporarily unavailable")
    private boolean unavailableOnly;

    @Reference
    private Catalog catalog;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("Code / 编码");
        table.column("Item / 事项");
        table.column("Dept / 部门");
        table.column("Kind / 类型");
        table.column("Legal/Promised days / 法定/承诺时限").alignRight();
        table.column("Status / 状态");
        table.column("Served on / 受理节点");
        table.column("Bundle / 部署包");
        int shown = 0;
        for (CatalogEntry entry : catalog.entries()) {
            ServiceItem item = entry.item();
            if (department != null && !item.department().code().equals(department)
                    || unavailableOnly && entry.available()) {
                continue;
            }
            table.addRow(item.code(), item.name().zh(), item.department().name().zh(),
                    item.kind().label().zh(), item.legalLimitDays() + "/" + item.promisedLimitDays(),
                    entry.availability().label(), String.join(", ", entry.servedOn()),
                    entry.handlerBundle() + " " + entry.handlerVersion());
            shown++;
        }
        table.print(System.out);
        System.out.println(shown + " item(s) / 个事项");
        return null;
    }
}
