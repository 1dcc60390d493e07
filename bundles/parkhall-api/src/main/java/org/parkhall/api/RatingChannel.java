package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Where a rating was given. */
public enum RatingChannel {
    /** The rating pad (评价器) of the counter that served the visit. */
    PAD("窗口评价器", "counter rating pad"),
    /** The public case status page, with the case's query code. */
    ONLINE("网上办件查询", "online case status");

    private final Bilingual label;

    RatingChannel(String zh, String en) {
        this.label = Bilingual.of(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
