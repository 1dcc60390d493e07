package org.parkhall.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.parkhall.spi.ReviewSteps;

/**
 * Where a case's review stands beside its state (since 3.2): who has claimed it, the countersignatures, the lead's
 * sign-off, the extensions and the special procedures, and the steps its rules allow now (whoever may take them).
 *
 * @param required   the steps its item declares
 * @param claimedBy  the approver deciding it, empty while it waits in the department's inbox
 * @param signedOffBy the lead who signed off, empty before; {@code signOffOpinion} their opinion
 * @param steps      the steps the case's state and progress allow now
 */
public record ReviewProgress(String caseNumber, String department, CaseState state, ReviewSteps required,
        String claimedBy, Instant claimedAt, List<Countersign> countersigns, String signedOffBy,
        String signOffOpinion, List<TimeExtension> extensions, List<ClockStop> specialProcedures,
        Set<ReviewStep> steps) {

    public ReviewProgress {
        countersigns = List.copyOf(countersigns);
        extensions = List.copyOf(extensions);
        specialProcedures = List.copyOf(specialProcedures);
        steps = Set.copyOf(steps);
    }

    /** The working days the limit has been extended by so far. */
    public int extendedDays() {
        return extensions.stream().mapToInt(TimeExtension::days).sum();
    }
}
