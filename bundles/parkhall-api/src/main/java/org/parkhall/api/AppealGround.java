package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** Why a department or the staff member rated appeals a bad rating (差评申诉). */
public enum AppealGround {
    MALICIOUS("恶意差评", "malicious rating"),
    MISTAKEN("误评", "mistaken rating");

    private final Bilingual label;

    AppealGround(String zh, String en) {
        this.label = Bilingual.of(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
