package org.parkhall.shell.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;

/**
 * {@code hall:staff-add <user> <role>…}: opens a staff account; the password is asked twice and never echoed, so it
 * stays out of the shell history.
 */
@Service
@Command(scope = "hall", name = "staff-add", description = "Opens a staff account / 开通工作人员账号")
public final class StaffAddCommand implements Action {

    @Argument(index = 0, name = "user", description = "账号 / user name, e.g. wang.fang", required = true)
    private String user;

    @Argument(index = 1, name = "roles", description = "角色 / roles: halladmin, clerk, guide or approver:<department>",
            required = true, multiValued = true)
    private List<String> roles;

    @Reference
    private StaffDirectory staff;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        Optional<String> password = Prompts.secret(session, "Password / 密码: ");
        if (password.isEmpty()) {
            return null;
        }
        Optional<String> again = Prompts.secret(session, "Again / 再次输入: ");
        if (again.isEmpty()) {
            return null;
        }
        if (!password.get().equals(again.get())) {
            System.out.println("未办理 / not done: 两次密码不一致 / the passwords differ");
            return null;
        }
        return Refusals.run(() -> {
            StaffAccount account = staff.add(user, password.get(), new LinkedHashSet<>(roles),
                    "shell:" + session.get("USER"));
            String held = String.join(", ", account.roles());
            System.out.println("已开通账号 " + account.user() + "，角色：" + held + " / opened the account "
                    + account.user() + " with the roles " + held);
        });
    }
}
