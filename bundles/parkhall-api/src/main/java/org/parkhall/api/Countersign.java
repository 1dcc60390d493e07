package org.parkhall.api;

import java.time.Instant;

/**
 * One department's countersignature (会签) on a case of another department (since 3.2).
 *
 * @param answeredBy who countersigned, empty while awaited
 * @param agreed     whether the department agrees; false while awaited
 * @param opinion    its opinion (会签意见), empty while awaited
 */
public record Countersign(String department, Instant requestedAt, String answeredBy, boolean agreed, String opinion,
        Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
