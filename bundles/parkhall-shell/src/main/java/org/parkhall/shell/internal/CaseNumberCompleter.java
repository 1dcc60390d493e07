package org.parkhall.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.Cases;

/** Completes the numbers of the most recent cases. */
@Service
public final class CaseNumberCompleter implements Completer {

    @Reference
    private Cases cases;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter numbers = new StringsCompleter();
        cases.search(CaseQuery.all(200)).forEach(file -> numbers.getStrings().add(file.number()));
        return numbers.complete(session, commandLine, candidates);
    }
}
