package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Whether the hall takes applications for an item right now. */
public enum Availability {
    /** A department handler for the item is deployed (受理中). */
    AVAILABLE("受理中", "available"),
    /** The item is in the catalog but no handler is deployed for it (暂停受理); its cases wait. */
    UNAVAILABLE("暂停受理", "temporarily unavailable");

    private final Bilingual label;

    Availability(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
