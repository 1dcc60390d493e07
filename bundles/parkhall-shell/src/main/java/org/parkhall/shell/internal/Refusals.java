package org.parkhall.shell.internal;

import org.parkhall.api.HallException;

/** Runs a command that changes the hall and prints a refusal in both languages instead of a stack trace. */
final class Refusals {
    private Refusals() {
    }

    static Object run(Runnable command) {
        try {
            command.run();
        } catch (HallException e) {
            System.out.println("未办理 / not done: " + e.text());
        } catch (IllegalArgumentException e) {
            System.out.println("未办理 / not done: " + e.getMessage());
        }
        return null;
    }
}
