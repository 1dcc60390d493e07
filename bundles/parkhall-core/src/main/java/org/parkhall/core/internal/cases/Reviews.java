package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseFile;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.ReviewProgress;
import org.parkhall.core.internal.catalog.ReviewStepsRecords;
import org.parkhall.spi.Bilingual;

/** A case's review progress as stored, and the guard every department action passes: one approver decides a case. */
final class Reviews {
    /** The department's own actions on a case: the approver who takes one holds the case. */
    static final Set<CaseAction> DEPARTMENT_ACTIONS = EnumSet.of(CaseAction.APPROVE, CaseAction.DENY,
            CaseAction.SUSPEND, CaseAction.RESUME);

    private Reviews() {
    }

    static ReviewProgress progress(Connection connection, CaseFile file) throws SQLException {
        Optional<ReviewRecords.Claim> claim = ReviewRecords.claim(connection, file.number());
        Optional<ReviewRecords.SignOff> signOff = ReviewRecords.signOff(connection, file.number());
        ReviewProgress read = new ReviewProgress(file.number(), file.department(), file.state(),
                ReviewStepsRecords.of(connection, file.itemCode()),
                claim.map(ReviewRecords.Claim::approver).orElse(""), claim.map(ReviewRecords.Claim::since).orElse(null),
                ReviewRecords.countersigns(connection, file.number()),
                signOff.map(ReviewRecords.SignOff::lead).orElse(""), signOff.map(ReviewRecords.SignOff::opinion).orElse(""),
                ReviewRecords.extensions(connection, file.number()), ReviewRecords.clockStops(connection, file.number()),
                Set.of());
        return new ReviewProgress(read.caseNumber(), read.department(), read.state(), read.required(),
                read.claimedBy(), read.claimedAt(), read.countersigns(), read.signedOffBy(), read.signOffOpinion(),
                read.extensions(), read.specialProcedures(), ReviewRules.steps(read));
    }

    /**
     * Before a department action: the case must be held by {@code actor}, or be unclaimed, when {@code actor} claims
     * it in the same transaction (a concurrent claim makes the store retry, and the retry finds it held); a
     * decision must also have the countersignatures and sign-off its item needs.
     */
    static void beforeDepartmentAction(Connection connection, CaseBook book, CaseFile file, CaseAction action,
            String actor) throws SQLException {
        ReviewRules.checkDecision(action, holdOrClaim(connection, book, file, actor, action.label()));
    }

    /** As {@link #beforeDepartmentAction} for a step the approver deciding the case takes: answers the progress. */
    static ReviewProgress holdOrClaim(Connection connection, CaseBook book, CaseFile file, String actor,
            Bilingual doing) throws SQLException {
        ReviewProgress progress = progress(connection, file);
        if (progress.claimedBy().isEmpty()) {
            // No entry of its own: the action's entry, in the same transaction, names who took the case.
            ReviewRecords.insertClaim(connection, file.number(), file.department(), actor, book.now());
        } else if (!progress.claimedBy().equals(actor)) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("办件已由" + progress.claimedBy()
                    + "认领，只有认领人可以" + doing.zh(), "case " + file.number() + " is claimed by "
                    + progress.claimedBy() + "; only they may " + doing.en() + " it"));
        }
        return progress;
    }
}
