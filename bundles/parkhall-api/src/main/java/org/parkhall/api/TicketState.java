package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Where a ticket (排队号) stands on the hall floor. */
public enum TicketState {
    WAITING("等候中", "waiting"),
    CALLED("已叫号", "called"),
    SERVING("办理中", "being served"),
    /** Service interrupted while the visitor fetches something; their counter calls them back (叫回). */
    ON_HOLD("挂起", "on hold"),
    DONE("已办理", "done"),
    NO_SHOW("过号", "no-show"),
    CANCELLED("已取消", "cancelled");

    private final Bilingual label;

    TicketState(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
