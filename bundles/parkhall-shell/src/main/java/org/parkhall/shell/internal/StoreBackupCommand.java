package org.parkhall.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.StoreBackupReport;
import org.parkhall.api.StoreMaintenance;

/** {@code hall:store-backup <directory>}: an online backup of the Derby store into a new dated directory. */
@Service
@Command(scope = "hall", name = "store-backup", description = "在线备份大厅的 Derby 数据库 / Backs up the hall's Derby"
        + " database while it runs")
public final class StoreBackupCommand implements Action {

    @Argument(name = "directory", description = "备份存放目录（绝对路径，不在 data/parkhall 内）/ where backups go"
            + " (absolute, not inside data/parkhall)", required = true)
    private String directory;

    @Reference
    private StoreMaintenance store;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            StoreBackupReport report = store.backup(Path.of(directory), System.out::println);
            System.out.printf("已备份到 %s：%.1f MB，用时 %d 毫秒 / backed up into %s: %.1f MB in %d ms%n",
                    report.directory(), report.bytes() / 1e6, report.took().toMillis(), report.directory(),
                    report.bytes() / 1e6, report.took().toMillis());
        });
    }
}
