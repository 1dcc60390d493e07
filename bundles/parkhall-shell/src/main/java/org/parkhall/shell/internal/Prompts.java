package org.parkhall.shell.internal;

import java.io.IOException;
import java.util.Optional;

import org.apache.karaf.shell.api.console.Session;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

/** Asking at the shell without echo; Ctrl-C or Ctrl-D ends the command quietly rather than with a stack trace. */
final class Prompts {
    private Prompts() {
    }

    /** What was typed at {@code prompt}, echoed as '*', or empty when the operator broke off. */
    static Optional<String> secret(Session session, String prompt) throws IOException {
        try {
            return Optional.ofNullable(session.readLine(prompt, '*'));
        } catch (UserInterruptException | EndOfFileException brokenOff) {
            System.out.println();
            System.out.println("已取消 / cancelled");
            return Optional.empty();
        }
    }
}
