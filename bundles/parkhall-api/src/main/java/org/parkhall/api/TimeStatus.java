package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** How a case stands against its time limit (限时办结). */
public enum TimeStatus {
    ON_TIME("正常", "on time"),
    NEAR_DUE("临近到期", "near due"),
    OVERDUE("已超期", "overdue"),
    STOPPED("计时中止", "clock stopped"),
    NONE("不计时", "not timed");

    private final Bilingual label;

    TimeStatus(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
