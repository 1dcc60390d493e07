package org.parkhall.api;

import java.time.Instant;

/**
 * One entry of the work ledger (工作台账). Entries are only ever appended.
 *
 * @param sequence position in the ledger, increasing
 * @param time     when it happened
 * @param actor    who did it: a user, {@code system}, or a bundle
 * @param action   what was done, e.g. {@code HANDLER_ARRIVED}
 * @param subject  what it was done to: an item code, a case number
 * @param data     details as JSON, personal data already masked
 */
public record LedgerEvent(long sequence, Instant time, String actor, String action, String subject, String data) {
}
