package org.parkhall.shell.internal;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.StoreCopyReport;
import org.parkhall.api.StoreMaintenance;
import org.parkhall.api.TableContent;

/**
 * {@code hall:store-copy <url> <user>}: moves a Derby hall's data into an empty PostgreSQL database. The password is
 * asked without echo, or read from an environment variable of the hall's process, so it is in no shell history or log.
 */
@Service
@Command(scope = "hall", name = "store-copy", description = "将大厅数据从 Derby 复制到空的 PostgreSQL 库 / Copies the"
        + " hall's Derby data into an empty PostgreSQL database")
public final class StoreCopyCommand implements Action {

    @Argument(index = 0, name = "url", description = "目标库地址 / the target's JDBC URL, e.g."
            + " jdbc:postgresql://127.0.0.1:5432/parkhall", required = true)
    private String url;

    @Argument(index = 1, name = "user", description = "目标库用户 / the target's user", required = true)
    private String user;

    @Option(name = "-e", aliases = "--password-env", description = "从大厅进程的该环境变量读取密码，不再询问 / read the"
            + " password from this environment variable of the hall's process instead of asking")
    private String passwordVariable;

    @Reference
    private StoreMaintenance store;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        Optional<String> password = passwordVariable == null ? Prompts.secret(session, "Password / 密码: ")
                : Optional.ofNullable(System.getenv(passwordVariable));
        if (password.isEmpty()) {
            if (passwordVariable != null) {
                System.out.println("未办理 / not done: 大厅进程没有环境变量 " + passwordVariable
                        + " / the hall's process has no environment variable " + passwordVariable);
            }
            return null;
        }
        return Refusals.run(() -> {
            StoreCopyReport report = store.copyTo(url, user, password.get().toCharArray(), System.out::println);
            HallTable table = new HallTable();
            table.column("Table / 表");
            table.column("Rows / 行数").alignRight();
            table.column("Checksum / 校验和");
            long rows = 0;
            for (TableContent content : report.tables()) {
                table.addRow(content.table(), content.rows(), content.checksum());
                rows += content.rows();
            }
            table.print(System.out);
            System.out.println("已复制到 " + report.target() + "：" + report.tables().size() + " 张表，" + rows + " 行，用时 "
                    + report.took().toMillis() + " 毫秒 / copied to " + report.target() + ": " + report.tables().size()
                    + " tables, " + rows + " rows in " + report.took().toMillis() + " ms. 下一步：停止大厅，改数据源文件，"
                    + "再启动 / next: stop the hall, switch the datasource file, start it");
        });
    }
}
