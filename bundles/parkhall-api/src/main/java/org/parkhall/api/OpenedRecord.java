package org.parkhall.api;

/**
 * A work record just opened, with the query code (查询码) its person follows it by on the public pages when its
 * kind gives one ({@link RecordKind#publicProof}), else null: shown this once, only its digest is kept.
 *
 * @since 3.2
 */
public record OpenedRecord(WorkRecord record, String queryCode) {
}
