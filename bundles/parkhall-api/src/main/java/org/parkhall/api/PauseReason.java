package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Why a counter pauses (暂停服务) without its clerk signing out; the display and the rating pad show it. */
public enum PauseReason {
    BREAK("临时休息", "short break"),
    BACK_OFFICE("后台处理", "back-office work"),
    MEETING("临时会议", "meeting"),
    SYSTEM_FAULT("系统故障", "system fault"),
    OTHER("其他", "other");

    private final Bilingual label;

    PauseReason(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
