package org.parkhall.api;

import java.util.List;

import org.parkhall.spi.Bilingual;

/**
 * When the hall is open, from its one configuration: what the guides state, what booking offers.
 *
 * @param zone           the hall's time zone (e.g. Asia/Shanghai), in which every face shows times
 * @param text           the opening hours as a guide states them, extended hours and holidays included
 * @param bookAheadDays  how many days ahead a slot can be booked
 * @param bookableQueues the letters of the queues that take appointments
 * @param checkInEarlyMinutes how long before its slot a booking can be checked in
 * @param lateGraceMinutes    how long after its slot starts it still can
 */
public record HallHours(String zone, Bilingual text, int bookAheadDays, List<String> bookableQueues,
        int checkInEarlyMinutes, int lateGraceMinutes) {
}
