package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.Cases;

/** {@code hall:overdue}: open cases past or near their due date, most urgent first. */
@Service
@Command(scope = "hall", name = "overdue", description = "Cases overdue or near due / 超期预警")
public final class OverdueCommand implements Action {

    @Reference
    private Cases cases;

    @Override
    public Object execute() {
        CaseTable.print(cases.overdue());
        return null;
    }
}
