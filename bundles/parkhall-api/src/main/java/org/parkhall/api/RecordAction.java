package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * A step taken on a work record, kept in its steps in the order taken (append-only) and in the ledger as
 * {@code RECORD_<name>}.
 *
 * @since 3.2
 */
public enum RecordAction {
    /** Recorded at the desk or asked for online. */
    OPEN(Bilingual.of("登记", "recorded")),
    /** A handling step: who was asked, what was found. */
    NOTE(Bilingual.of("办理记录", "handling step")),
    /** The progress reply a complex report owes before its final one. */
    PROGRESS_REPLY(Bilingual.of("进度答复", "progress reply")),
    /** Given to a new owner by the hall admin. */
    ASSIGN(Bilingual.of("指派", "assigned")),
    /** On-site service: the day of the visit and who goes, set by the hall admin. */
    SCHEDULE(Bilingual.of("安排上门", "visit scheduled")),
    /** The outcome: the reply, the result of the visit, what was done. */
    REPLY(Bilingual.of("答复办结", "outcome given")),
    /** The call back to the person (回访) and what they said. */
    CALL_BACK(Bilingual.of("回访", "called back"));

    private final Bilingual title;

    RecordAction(Bilingual title) {
        this.title = title;
    }

    public Bilingual title() {
        return title;
    }
}
