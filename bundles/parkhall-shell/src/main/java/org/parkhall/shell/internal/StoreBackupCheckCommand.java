package org.parkhall.shell.internal;

import java.nio.file.Path;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.StoreMaintenance;
import org.parkhall.api.TableContent;

/** {@code hall:store-backup-check <backup>}: restores a backup into a scratch database and shows what it holds. */
@Service
@Command(scope = "hall", name = "store-backup-check", description = "试恢复一份备份并列出其内容 / Restores a backup into"
        + " a scratch database and lists what it holds")
public final class StoreBackupCheckCommand implements Action {

    @Argument(name = "backup", description = "备份命令报告的目录 / the directory hall:store-backup reported",
            required = true)
    private String backup;

    @Reference
    private StoreMaintenance store;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            List<TableContent> contents = store.checkBackup(Path.of(backup), System.out::println);
            HallTable table = new HallTable();
            table.column("Table / 表");
            table.column("Rows / 行数").alignRight();
            table.column("Checksum / 校验和");
            contents.forEach(content -> table.addRow(content.table(), content.rows(), content.checksum()));
            table.print(System.out);
            System.out.println("备份可以恢复：" + contents.size() + " 张表 / the backup restores: " + contents.size()
                    + " tables");
        });
    }
}
