package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Where a booking (预约) stands. */
public enum AppointmentState {
    BOOKED("已预约", "booked"),
    CHECKED_IN("已签到", "checked in"),
    MISSED("已失约", "missed"),
    CANCELLED("已取消", "cancelled");

    private final Bilingual label;

    AppointmentState(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
