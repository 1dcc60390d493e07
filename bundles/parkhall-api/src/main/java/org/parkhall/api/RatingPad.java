package org.parkhall.api;

import java.time.Instant;

/**
 * A counter's rating pad (评价器) as the hall admin sees it.
 *
 * @param pairedAt       when the pad now in use was paired, null when the counter has none
 * @param codeExpiresAt  until when a pairing code drawn for the counter can still be used, null when there is none
 */
public record RatingPad(int counter, String name, Instant pairedAt, Instant codeExpiresAt) {

    public boolean paired() {
        return pairedAt != null;
    }
}
