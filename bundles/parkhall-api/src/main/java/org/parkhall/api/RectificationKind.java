package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** How the responsible department answers a bad rating (差评整改). */
public enum RectificationKind {
    /** Put right at once: done the day it is recorded. */
    IMMEDIATE("立行立改", "put right at once"),
    /** Put right by a deadline the department sets. */
    BY_DEADLINE("限期整改", "put right by a deadline"),
    /** Nothing to put right (the rules allow no other answer): explained to the person. */
    EXPLANATION("解释说明", "explained");

    private final Bilingual label;

    RectificationKind(String zh, String en) {
        this.label = Bilingual.of(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
