package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;

/** {@code hall:case-act <no> <action> [note]}: moves a case on (dispatch, approve, deny, deliver, close…). */
@Service
@Command(scope = "hall", name = "case-act", description = "Acts on a case / 办件操作")
public final class CaseActCommand implements Action {

    @Argument(index = 0, name = "number", description = "办件编号 / case number", required = true)
    @Completion(CaseNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "action", description = "操作 / action: DISPATCH, APPROVE, DENY, SUSPEND, RESUME, DELIVER,"
            + " CLOSE, WITHDRAW or FORWARD", required = true)
    private CaseAction action;

    @Argument(index = 2, name = "note", description = "理由、结果、签收人或快递单号 / reasons, result, who signed or tracking number")
    private String note;

    @Reference
    private Cases cases;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> {
            CaseFile file = cases.act(number, action, actor, note);
            System.out.println(file.number() + " → " + file.state().label());
        });
    }
}
