package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;

/** {@code hall:staff}: the staff accounts and their hall roles. */
@Service
@Command(scope = "hall", name = "staff", description = "Lists staff accounts / 工作人员账号")
public final class StaffCommand implements Action {

    @Reference
    private StaffDirectory staff;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            HallTable table = new HallTable();
            table.column("User / 账号");
            table.column("Roles / 角色");
            for (StaffAccount account : staff.accounts()) {
                table.addRow(account.user(), String.join(", ", account.roles()));
            }
            table.print(System.out);
        });
    }
}
