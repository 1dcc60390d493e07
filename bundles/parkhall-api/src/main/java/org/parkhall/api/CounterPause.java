package org.parkhall.api;

import java.time.Instant;

/** A counter's pause: why, the clerk's note (may be empty) and since when. */
public record CounterPause(PauseReason reason, String note, Instant since) {
}
