package org.parkhall.api;

/**
 * A day's figures for one queue, counter or department, or the whole hall. Times are in minutes; a share is
 * between 0 and 1, and is 0 when there was nothing to count.
 *
 * @param key               queue letter, counter number, department code, or {@code hall}
 * @param issued            tickets taken
 * @param served            tickets whose service finished
 * @param noShows           tickets called that nobody answered (过号)
 * @param withinTarget      share of called tickets called within their queue's service-level target
 * @param ratings           ratings given
 * @param satisfaction      share of ratings 基本满意 or better (the national 好评率)
 */
public record FloorFigures(String key, int issued, int served, int noShows, double averageWait, double p90Wait,
        double averageService, double p90Service, double withinTarget, int ratings, double satisfaction) {
}
