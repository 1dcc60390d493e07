package org.parkhall.api;

import java.time.Instant;
import java.util.List;

/**
 * Where a case is (收受分离 between sites): the site that took it, the site that handles it now and where its result
 * goes, with each hand-over of its paper materials.
 *
 * @param caseNumber the case
 * @param takenAt    the site that took the application (受理)
 * @param handledAt  the site that holds its papers and handles it now; {@code takenAt} until handed over
 * @param deliverAt  where the applicant collects the result when delivered at a window
 * @param handovers  the hand-overs, oldest first
 * @since 3.2
 */
public record CaseSites(String caseNumber, String takenAt, String handledAt, String deliverAt,
        List<Handover> handovers) {
    public CaseSites {
        handovers = List.copyOf(handovers);
    }

    /** Custody of a case's paper materials passing from one site to another: who handed what to whom. */
    public record Handover(String from, String to, String materials, String handedBy, Instant at) {
    }
}
