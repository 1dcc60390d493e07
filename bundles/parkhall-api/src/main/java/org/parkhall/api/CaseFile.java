package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkhall.spi.Applicant;
import org.parkhall.spi.Problem;

/**
 * A case (办件) as the hall keeps it.
 *
 * @param number        the case number printed on every notice and receipt
 * @param itemCode      the item, or the joint application's (一件事) code for its parent case
 * @param itemName      the item's name at intake
 * @param department    the department deciding it; {@code hall} for a joint application's parent case
 * @param parentNumber  the joint application's parent case this is a child of, or empty
 * @param children      the child cases of a joint application's parent case, else empty
 * @param problems      the one-time notice's problems (一次性告知) while SUPPLEMENT_REQUIRED: only what the notice
 *                      named keeps a case there
 * @param reasons       refusal, denial, suspension or withdrawal reasons; the appeal route follows a refusal
 * @param result        what was issued on approval
 * @param deliveryNote  who signed at the window, or the express tracking number
 * @param acceptedOn    day of acceptance (受理日期), null before
 * @param dueOn         due date in working days, extended by any suspension; null before acceptance
 * @param newSinceNotice problems a supplement's review found about what the one-time notice did not name (a
 *                      requirement a newer handler version added), for the clerk: they do not make the case
 *                      SUPPLEMENT_REQUIRED again
 */
public record CaseFile(String number, String itemCode, String itemName, String department, String parentNumber,
        List<String> children, CaseState state, Applicant applicant, Set<String> presented,
        Map<String, String> facts, DeliveryChoice delivery, String channel, List<Problem> problems, String reasons,
        String result, String deliveryNote, LocalDate acceptedOn, LocalDate dueOn, LocalDate suspendedSince,
        TimeStatus timeStatus, Instant createdAt, Instant updatedAt, List<Problem> newSinceNotice) {

    public CaseFile {
        newSinceNotice = newSinceNotice == null ? List.of() : List.copyOf(newSinceNotice);
    }

    /** A case with nothing new since its notice: the constructor of API 2.0, kept for its callers. */
    public CaseFile(String number, String itemCode, String itemName, String department, String parentNumber,
            List<String> children, CaseState state, Applicant applicant, Set<String> presented,
            Map<String, String> facts, DeliveryChoice delivery, String channel, List<Problem> problems, String reasons,
            String result, String deliveryNote, LocalDate acceptedOn, LocalDate dueOn, LocalDate suspendedSince,
            TimeStatus timeStatus, Instant createdAt, Instant updatedAt) {
        this(number, itemCode, itemName, department, parentNumber, children, state, applicant, presented, facts,
                delivery, channel, problems, reasons, result, deliveryNote, acceptedOn, dueOn, suspendedSince,
                timeStatus, createdAt, updatedAt, List.of());
    }

    /** Whether this is the parent case of a joint application (一件事), with child cases. */
    public boolean isJoint() {
        return !children.isEmpty();
    }
}
