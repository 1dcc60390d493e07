package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * The reasons a bad rating offers to tap (差评原因), after the kinds of 差评 the national rules name for in-person
 * service: waiting, slowness, attitude, competence, unclear requirements and extra visits.
 */
public enum BadRatingReason {
    WAIT("等候时间长", "long wait"),
    SLOW("办理速度慢", "slow service"),
    ATTITUDE("服务态度不好", "unfriendly service"),
    COMPETENCE("业务不熟练", "staff unsure of the rules"),
    MATERIALS("材料要求不清楚", "unclear what to bring"),
    AGAIN("需要多次跑腿", "had to come back again");

    private final Bilingual label;

    BadRatingReason(String zh, String en) {
        this.label = Bilingual.of(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
