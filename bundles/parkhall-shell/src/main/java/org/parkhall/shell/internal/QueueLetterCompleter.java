package org.parkhall.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.Floor;

/** Completes the letters of the configured queues. */
@Service
public final class QueueLetterCompleter implements Completer {

    @Reference
    private Floor floor;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter letters = new StringsCompleter();
        floor.queues().forEach(queue -> letters.getStrings().add(queue.letter()));
        return letters.complete(session, commandLine, candidates);
    }
}
