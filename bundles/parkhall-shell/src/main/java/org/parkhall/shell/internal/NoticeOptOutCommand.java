package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.Notices;

/** {@code hall:notice-opt-out <phone|ID>}: the applicant asked for no more notices (or, with --undo, for them again). */
@Service
@Command(scope = "hall", name = "notice-opt-out", description = "Stops notices to a phone or ID / 退订通知")
public final class NoticeOptOutCommand implements Action {

    @Argument(index = 0, name = "subject", description = "手机号、身份证号或统一社会信用代码 / phone, ID number or credit code",
            required = true)
    private String subject;

    @Option(name = "--undo", description = "恢复通知 / send notices again")
    private boolean undo;

    @Reference
    private Notices notices;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> {
            if (undo) {
                notices.optIn(subject, actor);
                System.out.println("通知已恢复 / notices resumed");
            } else {
                notices.optOut(subject, actor);
                System.out.println("已退订 / opted out");
            }
        });
    }
}
