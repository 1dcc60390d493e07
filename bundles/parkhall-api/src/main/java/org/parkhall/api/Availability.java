package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Whether the hall takes applications for an item right now. */
public enum Availability {
    /** A department handler for the item is deployed on this node (受理中). */
    AVAILABLE("受理中", "available"),
    /** The item is in the catalog but no handler is deployed for it (暂停受理); its cases wait. */
    UNAVAILABLE("暂停受理", "temporarily unavailable"),
    /**
     * No handler for the item is deployed on this node, but other nodes of the hall serve it: applications are
     * taken there (see {@link CatalogEntry#servedOn()}), refused here.
     *
     * @since 3.1
     */
    OTHER_NODES("本节点暂停受理，其他节点受理", "served on other nodes only");

    private final Bilingual label;

    Availability(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
