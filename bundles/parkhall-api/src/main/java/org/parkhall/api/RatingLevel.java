package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** The five levels of the national 好差评 system. 不满意 or worse is a bad rating that opens a rectification. */
public enum RatingLevel {
    VERY_SATISFIED("非常满意", "very satisfied"),
    SATISFIED("满意", "satisfied"),
    BASICALLY_SATISFIED("基本满意", "basically satisfied"),
    DISSATISFIED("不满意", "dissatisfied"),
    VERY_DISSATISFIED("非常不满意", "very dissatisfied");

    private final Bilingual label;

    RatingLevel(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }

    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
