package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Where a case (办件) stands. */
public enum CaseState {
    SUPPLEMENT_REQUIRED("补正", "supplement required", false),
    ACCEPTED("已受理", "accepted", false),
    IN_REVIEW("审查中", "in review", false),
    SUSPENDED("中止", "suspended", false),
    APPROVED("准予", "approved", false),
    DENIED("不予", "denied", false),
    DELIVERED("已送达", "delivered", false),
    FORWARDED("异地通办转出", "forwarded", false),
    CLOSED("办结", "closed", true),
    REFUSED("不予受理", "refused", true),
    WITHDRAWN("撤回", "withdrawn", true);

    private final Bilingual label;
    private final boolean finished;

    CaseState(String zh, String en, boolean finished) {
        this.label = new Bilingual(zh, en);
        this.finished = finished;
    }

    public Bilingual label() {
        return label;
    }

    /** Whether nothing more can happen to the case. */
    public boolean finished() {
        return finished;
    }

    /** Whether the time limit still runs: accepted and not yet decided. */
    public boolean clockRunning() {
        return this == ACCEPTED || this == IN_REVIEW;
    }
}
