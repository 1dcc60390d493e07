package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Why a ticket goes ahead (优先): see {@link Floor} for the rule that keeps ordinary tickets from starving. */
public enum Priority {
    NONE("普通", "ordinary"),
    ELDERLY("老年人", "elderly"),
    DISABLED("残疾人", "disabled"),
    PREGNANT("孕妇", "pregnant"),
    APPOINTMENT("预约", "appointment");

    private final Bilingual label;

    Priority(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }

    public boolean goesAhead() {
        return this != NONE;
    }
}
