package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;

/** {@code hall:cases}: finds cases, newest first. */
@Service
@Command(scope = "hall", name = "cases", description = "Lists cases / 办件查询")
public final class CasesCommand implements Action {

    @Option(name = "-q", aliases = "--text", description = "办件编号或申请人姓名的一部分 / part of the case number or applicant name")
    private String text;

    @Option(name = "-i", aliases = "--item", description = "只看该事项 / only this item")
    @Completion(ItemCodeCompleter.class)
    private String item;

    @Option(name = "-d", aliases = "--department", description = "只看该部门 / only this department")
    private String department;

    @Option(name = "-s", aliases = "--state", description = "只看该状态 / only this state, e.g. IN_REVIEW")
    private CaseState state;

    @Option(name = "-n", aliases = "--limit", description = "最多条数 (1-500) / at most this many (1-500)")
    private int limit = 50;

    @Reference
    private Cases cases;

    @Override
    public Object execute() {
        CaseTable.print(cases.search(new CaseQuery(text, item, department, state, limit)));
        return null;
    }
}
