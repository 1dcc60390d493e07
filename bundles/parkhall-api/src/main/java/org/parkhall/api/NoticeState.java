package org.parkhall.api;

/**
 * Where a notice in the outbox stands. QUEUED waits for its next attempt (or for a channel that reaches its address);
 * SENDING is claimed by one node's sender; SENT, UNDELIVERABLE (the channel refused the address, or every attempt
 * failed), OPTED_OUT (the applicant asked for no notices) and CANCELLED (by the hall admin) are final.
 */
public enum NoticeState {
    QUEUED, SENDING, SENT, UNDELIVERABLE, OPTED_OUT, CANCELLED;

    public boolean finished() {
        return this != QUEUED && this != SENDING;
    }
}
