package org.parkhall.api;

import java.time.Instant;

/**
 * One step taken on a work record; steps are only ever appended.
 *
 * @param note what was done or said; for {@link RecordAction#ASSIGN} and {@link RecordAction#SCHEDULE} who owns
 *             it from now on (and the visit's day)
 * @since 3.2
 */
public record RecordStep(Instant at, String actor, RecordAction action, String note) {
}
