package org.parkhall.api;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A bookable time slot of a queue.
 *
 * @param extended true for extended-hours service (延时服务) outside the normal opening hours
 * @param open     false once the slot has ended or is beyond the booking horizon
 */
public record AppointmentSlot(String queue, LocalDate day, LocalTime start, LocalTime end, boolean extended,
        int capacity, int booked, boolean open) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
