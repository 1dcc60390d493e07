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

    @Option(name = "-q", aliases = "--text", description = "Part of the case number or applicant name")
    private String text;

    @Option(name = "-i", aliases = "--item", description = "Only this item")
    @Completion(ItemCodeCompleter.class)
    private String item;

    @Option(name = "-d", aliases = "--department", description = "Only this department")
    private String department;

    @Option(name = "-s", aliases = "--state", description = "Only this state, e.g. IN_REVIEW")
    private CaseState state;

    @Option(name = "-n", aliases = "--limit", description = "At most this many (1-500)")
    private int limit = 50;

    @Reference
    private Cases cases;

    @Override
    public Object execute() {
        CaseTable.print(cases.search(new CaseQuery(text, item, department, state, limit)));
        return null;
    }
}
