package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.StaffDirectory;

/** {@code hall:staff-remove <user>}: closes a staff account. */
@Service
@Command(scope = "hall", name = "staff-remove", description = "Closes a staff account / 注销工作人员账号")
public final class StaffRemoveCommand implements Action {

    @Argument(index = 0, name = "user", description = "账号 / user name", required = true)
    private String user;

    @Reference
    private StaffDirectory staff;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            staff.remove(user, "shell:" + session.get("USER"));
            System.out.println("已注销 / closed: " + user);
        });
    }
}
