package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Why an applicant is told something (通知事由); each kind has its own text. */
public enum NoticeKind {
    TURN_NEAR("即将叫号", "your turn is near"),
    SUPPLEMENT_NOTICE("一次性告知", "one-time notice of what is missing"),
    ACCEPTED("已受理", "application accepted"),
    RESULT_READY("办理结果已出", "result ready"),
    DELIVERED("已送达", "delivered"),
    BOOKING_REMINDER("预约提醒", "booking reminder"),
    COMPLAINT_REPLY("投诉答复", "reply to your complaint");

    private final Bilingual label;

    NoticeKind(String zh, String en) {
        this.label = Bilingual.of(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
