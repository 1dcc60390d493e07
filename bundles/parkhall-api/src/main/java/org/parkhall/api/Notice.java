package org.parkhall.api;

import java.time.Instant;

/**
 * One notice in the outbox as staff see it: the address masked, never the text's personal data.
 *
 * @param reference     what it is about: a case number, a booking reference, a ticket label or a complaint's id
 * @param channel       the channel of the last attempt ("" before any)
 * @param nextAttemptAt when it is tried next while QUEUED
 * @param lastError     what the last failed attempt said ("" if none)
 */
public record Notice(long id, NoticeKind kind, String reference, String maskedAddress, NoticeState state,
        int attempts, String channel, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
