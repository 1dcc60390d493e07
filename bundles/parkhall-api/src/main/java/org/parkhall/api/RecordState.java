package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * Where a work record stands: open until its outcome is given; a kind that {@linkplain RecordKind#callsBack calls
 * back} then waits for the call back; closed records take no more steps.
 *
 * @since 3.2
 */
public enum RecordState {
    OPEN(Bilingual.of("办理中", "open")),
    REPLIED(Bilingual.of("已答复，待回访", "replied, call back due")),
    CLOSED(Bilingual.of("已办结", "closed"));

    private final Bilingual title;

    RecordState(Bilingual title) {
        this.title = title;
    }

    public Bilingual title() {
        return title;
    }
}
