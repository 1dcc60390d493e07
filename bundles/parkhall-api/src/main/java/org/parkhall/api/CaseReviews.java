package org.parkhall.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.parkhall.spi.SpecialProcedure;

/**
 * The approver's review steps on a dispatched case (since 3.2), each one transaction with its ledger entry, refused
 * with {@code illegal_action} when the case's state or progress does not allow it. Roles are the caller's to check
 * (the web and the shell): a lead's steps are {@link #reassign}, {@link #release}, {@link #signOff} and
 * {@link #extend}; a countersigning department's approver answers {@link #countersign}; the rest are the approver's.
 */
@ProviderType
public interface CaseReviews {

    ReviewProgress progress(String caseNumber);

    /**
     * Takes the case from its department's inbox for {@code approver}, so no one else decides it; refused while
     * another holds it (the database decides between two at once). Deciding an unclaimed case claims it too.
     */
    ReviewProgress claim(String caseNumber, String approver);

    /** Puts the case back in its department's inbox, unclaimed (the lead or the hall admin). */
    ReviewProgress release(String caseNumber, String actor);

    /** Gives the case to another approver of its department (the lead or the hall admin), claimed or not. */
    ReviewProgress reassign(String caseNumber, String approver, String actor);

    /** The approver holding the case hands it to a colleague of the same department, saying why. */
    ReviewProgress transfer(String caseNumber, String colleague, String actor, String note);

    /** Sends the case back to the window with the reasons (退回窗口); the window dispatches it again. */
    ReviewProgress returnToWindow(String caseNumber, String actor, String reasons);

    /** Asks every department the item names to countersign (会签). */
    ReviewProgress requestCountersign(String caseNumber, String actor, String note);

    /** {@code department}'s answer to a countersigning request. */
    ReviewProgress countersign(String caseNumber, String department, String actor, boolean agreed, String opinion);

    /** The lead's second sign-off (复核签发), once countersigning is done; not by the approver holding the case. */
    ReviewProgress signOff(String caseNumber, String actor, String opinion);

    /** Extends the time limit by {@code days} working days within what the item's law allows (the lead). */
    ReviewProgress extend(String caseNumber, int days, String actor, String reason);

    /** Starts a special procedure the item declares; the clock stops until it ends. */
    ReviewProgress startSpecialProcedure(String caseNumber, SpecialProcedure procedure, int expectedDays,
            String actor, String reason);

    /** Ends the running special procedure; the due date moves on by the working days it took. */
    ReviewProgress endSpecialProcedure(String caseNumber, String actor, String outcome);

    /** Cases of {@code department} (all for an empty one) awaiting its countersignature, oldest request first. */
    List<ReviewProgress> awaitingCountersign(String department);

    /**
     * Raises the open cases near (within the configured working days) and past their limit that were not raised
     * at that level yet, each once per level with its ledger entry and event, and answers every raised case still
     * open, most urgent first.
     */
    List<Supervision> supervision();
}
