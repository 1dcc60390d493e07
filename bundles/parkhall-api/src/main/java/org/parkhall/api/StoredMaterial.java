package org.parkhall.api;

import java.time.Instant;

/**
 * An electronic material (电子材料) of a case: an uploaded or scanned file, its type as read from its content, its
 * SHA-256, who attached it and when. {@code kept} is false once its content has passed retention; the record and
 * the ledger stay. Since 3.2.
 */
public record StoredMaterial(long id, String caseNumber, String materialCode, MaterialType type, long size,
        String sha256, Instant attachedAt, String attachedBy, boolean kept) {
}
