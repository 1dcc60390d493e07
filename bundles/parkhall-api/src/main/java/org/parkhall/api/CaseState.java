package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Where a case (办件) stands. */
public enum CaseState {
    SUPPLEMENT_REQUIRED("补正", "supplement required", false),
    ACCEPTED("已受理", "accepted", false),
    IN_REVIEW("审查中", "in review", false),
    SUSPENDED("中止", "suspended", false),
    /** Sent back to the window by the department, with its reasons; the window dispatches it again (since 3.2). */
    RETURNED("退回窗口", "returned to the window", false),
    /** In a special procedure (特别程序: 听证、检验检测…), whose time is not counted (since 3.2). */
    SPECIAL_PROCEDURE("特别程序", "in a special procedure", false),
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

    /** Whether the time limit still runs: accepted and not yet decided, nor stopped. */
    public boolean clockRunning() {
        return this == ACCEPTED || this == IN_REVIEW || this == RETURNED;
    }

    /** Whether the time limit is stopped, to run on when the case resumes: suspended or in a special procedure. */
    public boolean clockStopped() {
        return this == SUSPENDED || this == SPECIAL_PROCEDURE;
    }
}
