package org.parkhall.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.Floor;

/** Completes the numbers of the configured counters. */
@Service
public final class CounterNumberCompleter implements Completer {

    @Reference
    private Floor floor;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter numbers = new StringsCompleter();
        floor.counters().forEach(counter -> numbers.getStrings().add(String.valueOf(counter.number())));
        return numbers.complete(session, commandLine, candidates);
    }
}
