package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** What the call back (回访) to the person who rated found. */
public enum CallbackResult {
    SATISFIED("回访满意", "satisfied with the answer"),
    DISSATISFIED("回访仍不满意", "still dissatisfied"),
    UNREACHABLE("无法联系", "could not be reached");

    private final Bilingual label;

    CallbackResult(String zh, String en) {
        this.label = Bilingual.of(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
