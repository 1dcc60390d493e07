package org.parkhall.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The outbox of notices to applicants (通知). Notices are queued by the hall itself, in the transaction of the change
 * they tell of; these are what staff and applicants do with them.
 *
 * @since 3.2
 */
@ProviderType
public interface Notices {
    /** The most recent notices, newest first, optionally only those in {@code state}; {@code limit} 1 to 1000. */
    default List<Notice> outbox(Optional<NoticeState> state, int limit) {
        return outbox(state, Optional.empty(), Optional.empty(), limit);
    }

    /**
     * As {@link #outbox(Optional, int)}, also only those of {@code kind} and about {@code reference} (a case
     * number, a booking reference…, at most 40 signs) when given.
     *
     * @since 3.3
     */
    List<Notice> outbox(Optional<NoticeState> state, Optional<NoticeKind> kind, Optional<String> reference,
            int limit);

    /** A notice not yet sent is tried again now, its back-off reset; a final one is refused (illegal_action). */
    Notice retry(long id, String actor);

    /** A notice not yet sent is not sent; a final one is refused (illegal_action). */
    Notice cancel(long id, String actor);

    /**
     * No more notices to this phone number or this ID number / credit code ({@code subject}, validated as either),
     * from now on, including those already queued.
     */
    void optOut(String subject, String actor);

    /** Notices to {@code subject} are sent again. */
    void optIn(String subject, String actor);

    /** The applicant's own opt-out, by the code printed in a notice; false if no notice has that code. */
    boolean optOutByCode(String code);
}
