package org.parkhall.api;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Takes applications (受理). The item's handler reviews the application; the hall then issues a one-time notice
 * (SUPPLEMENT_REQUIRED), refuses (REFUSED) or accepts (ACCEPTED, with a due date) — in one transaction with its
 * ledger entry. An item whose handler is not deployed refuses new applications with "暂停受理".
 */
@ProviderType
public interface Intake {

    /** Takes a new application; the answer carries the case number whatever the outcome. */
    CaseFile submit(IntakeRequest request, String actor);

    /** The applicant brings what the one-time notice asked for; the handler reviews the application again. */
    CaseFile supplement(String caseNumber, Set<String> presented, Map<String, String> facts, String actor);
}
