package org.parkhall.api;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Counts of wrong tries (passwords, query codes) kept in the hall's store, so every node on one database counts the
 * same tries: guesses spread over the nodes get no more checks than guesses sent to one. A check is reserved before
 * it is made and counts as wrong until it is {@linkplain #finish finished} otherwise, so tries sent all at once get
 * no more checks than tries sent one by one, and a node that dies mid-check leaves the try counted. Subjects are
 * kept only as hashes; at most {@link Rule#tracked} per rule, past which the least recently tried unlocked one is
 * forgotten, and each is forgotten once its window and lock have run out.
 *
 * @since 3.1
 */
@ProviderType
public interface TryLimits {

    /**
     * A limit on wrong tries: {@code allowed} per subject, counted within {@code window} from the subject's first try,
     * or, with a zero window, in a row until a success; the try that reaches the limit locks the subject for
     * {@code lock}, or, with a zero lock, until its window ends.
     *
     * @param name    what is counted, e.g. {@code staff-sign-in}; 1 to 40 letters, digits or dashes
     * @param tracked subjects kept at most under this rule
     */
    record Rule(String name, int allowed, Duration window, Duration lock, int tracked) {
        public Rule {
            if (name == null || !name.matches("[a-z0-9-]{1,40}") || allowed < 1 || tracked < 1 || window == null
                    || lock == null || window.isNegative() || lock.isNegative() || window.isZero() && lock.isZero()) {
                throw new IllegalArgumentException("a rule needs a name of 1 to 40 of [a-z0-9-], a positive limit"
                        + " and bound, and a window or a lock");
            }
        }
    }

    /** Who is counted under a rule: a user name, a client address, a case number. */
    record Subject(Rule rule, String key) {
        public Subject {
            if (rule == null || key == null) {
                throw new IllegalArgumentException("a subject needs a rule and a key");
            }
        }
    }

    /** How a reserved check ended. */
    enum Outcome {
        /** The try was wrong: it stays counted. */
        WRONG,
        /** The try was right: it is no longer counted, the subject's earlier wrong tries are. */
        RIGHT,
        /** The try was right and clears the subject: its wrong tries are forgotten. */
        CLEARED
    }

    /**
     * Reserves one check for every subject at once; false, reserving none, when any of them is locked or at its
     * limit (counting the checks under way).
     */
    boolean reserve(List<Subject> subjects);

    /** Ends a check {@link #reserve} granted; true when this wrong try is the one that locked one of the subjects. */
    boolean finish(List<Subject> subjects, Outcome outcome);
}
