package org.parkhall.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.Catalog;

/** Completes item and joint application (一件事) codes from the catalog. */
@Service
public final class ItemCodeCompleter implements Completer {

    @Reference
    private Catalog catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        catalog.entries().forEach(entry -> codes.getStrings().add(entry.item().code()));
        catalog.jointApplications().forEach(joint -> codes.getStrings().add(joint.code()));
        return codes.complete(session, commandLine, candidates);
    }
}
