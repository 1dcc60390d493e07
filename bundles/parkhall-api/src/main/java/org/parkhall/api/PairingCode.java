package org.parkhall.api;

import java.time.Instant;

/** A one-time code that pairs the device it is typed into as the rating pad of {@code counter}. */
public record PairingCode(int counter, String code, Instant expiresAt) {
}
