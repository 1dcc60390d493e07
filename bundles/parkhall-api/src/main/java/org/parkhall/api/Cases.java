package org.parkhall.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Reads cases and moves them through their lifecycle; every move is checked and recorded in the ledger. */
@ProviderType
public interface Cases {

    Optional<CaseFile> find(String caseNumber);

    /**
     * The case as its applicant may see it: only when {@code queryCode} is the case's query code (查询码). Empty
     * for a wrong code, an unknown number or a case with no code alike, so an answer tells a guesser nothing.
     *
     * @throws org.parkhall.spi.InvalidInputException when the code is not eight digits
     */
    Optional<CaseFile> findForApplicant(String caseNumber, String queryCode);

    /**
     * Issues a new random query code for the case (and a joint application's children), replacing the earlier one, and
     * answers it: the only time it is readable, as only its digest is kept. The window issues the first with the
     * intake's answer, for the receipt.
     */
    String issueQueryCode(String caseNumber, String actor);

    /** Cases matching the query, newest first. */
    default List<CaseFile> search(CaseQuery query) {
        return search(query, SiteScope.COUNTY);
    }

    /**
     * Cases matching the query that {@code scope} sees (taken, handled or collected at one of its sites), newest
     * first; the limit counts only those.
     *
     * @since 3.2
     */
    List<CaseFile> search(CaseQuery query, SiteScope scope);

    /** Open cases past their due date or near it, most urgent first. */
    default List<CaseFile> overdue() {
        return overdue(SiteScope.COUNTY);
    }

    /**
     * The overdue cases {@code scope} sees, as {@link #search(CaseQuery, SiteScope)} scopes them.
     *
     * @since 3.2
     */
    List<CaseFile> overdue(SiteScope scope);

    /**
     * The document of {@code kind} for the case, printable as is; refused with {@code illegal_action} when the
     * case's state has no such document (a receipt before acceptance, a notice once accepted).
     */
    CaseDocument document(String caseNumber, CaseDocument.Kind kind);

    /** The case's ledger entries, oldest first. */
    List<LedgerEvent> history(String caseNumber);

    /**
     * Applies {@code action}; refuses an action the case's state does not allow with an
     * {@link HallException}. See {@link CaseAction} for the note each action needs.
     */
    CaseFile act(String caseNumber, CaseAction action, String actor, String note);
}
