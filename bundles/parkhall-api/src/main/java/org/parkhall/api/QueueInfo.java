package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * A queue (队列) of the hall floor, e.g. A 综合受理.
 *
 * @param letter              the letter its tickets start with
 * @param serviceLevelMinutes the wait within which a ticket should be called (the service-level target)
 * @param waiting             tickets waiting now
 * @param estimatedMinutes    estimated wait for a ticket taken now
 */
public record QueueInfo(String letter, Bilingual name, int serviceLevelMinutes, int waiting, int estimatedMinutes) {
}
