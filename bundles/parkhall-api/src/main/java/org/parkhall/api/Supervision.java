package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;

import org.parkhall.spi.Bilingual;

/**
 * A case raised for supervision (督办) to its department and the hall admin, once per level (since 3.2).
 *
 * @param daysLeft working days left to the due date; negative once past it
 * @param claimedBy the approver deciding it, empty while unclaimed
 */
public record Supervision(String caseNumber, String itemName, String department, CaseState state, LocalDate dueOn,
        int daysLeft, Level level, Instant raisedAt, String claimedBy) {

    /** Event Admin topic posted once a case is raised at a level (properties: case, department, level, dueOn). */
    public static final String RAISED_TOPIC = "org/parkhall/cases/SUPERVISION_RAISED";

    /** How urgent: near its due date (临期预警) or past it (超期督办). */
    public enum Level {
        NEAR_DUE("临期预警", "near due"),
        OVERDUE("超期督办", "overdue");

        private final Bilingual label;

        Level(String zh, String en) {
            this.label = new Bilingual(zh, en);
        }

        public Bilingual label() {
            return label;
        }
    }
}
