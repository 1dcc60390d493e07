package org.parkhall.api;

import java.util.List;
import java.util.Objects;

/**
 * The hall's readiness: {@link State#UP} only when every check passed. Items whose department has left are
 * information, not a failure: a department may leave, and the hall serves the rest.
 *
 * @param state            UP, DEGRADED (something is not active, the store answers) or DOWN (the store does not)
 * @param problems         what is not active, each naming its component
 * @param hall             the hall's status, when the store answered
 * @param itemsUnavailable items of the catalog no department serves now (departments that left)
 * @param warnings         what does not stop the hall: a configuration refused while its last good one runs on
 */
public record Readiness(State state, List<Problem> problems, HallStatus hall, List<String> itemsUnavailable,
        List<Problem> warnings) {

    /** How ready the hall is. */
    public enum State {
        UP, DEGRADED, DOWN
    }

    /**
     * One thing that is not active.
     *
     * @param component what it is: a component's name, {@code store}, {@code floor} or a configuration's PID
     * @param check     which check found it: {@code component}, {@code store}, {@code floor}, {@code configuration}
     * @param reason    why, in words an operator acts on (for a component: its SCR state and unsatisfied references)
     */
    public record Problem(String check, String component, String reason) {
        public Problem {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Readiness {
        Objects.requireNonNull(state, "state");
        problems = List.copyOf(problems);
        itemsUnavailable = List.copyOf(itemsUnavailable);
        warnings = List.copyOf(warnings);
        if ((state == State.UP) != problems.isEmpty()) {
            throw new IllegalArgumentException("UP exactly when nothing is wrong: " + state + " " + problems);
        }
        if (state == State.DOWN && hall != null || state != State.DOWN && hall == null) {
            throw new IllegalArgumentException("DOWN exactly when the store did not answer");
        }
    }

    public boolean ready() {
        return state == State.UP;
    }
}
