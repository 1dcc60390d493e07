package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Appointments (预约): time slots per queue per day, each with a capacity. Slots outside the normal opening hours
 * are extended-hours service (延时服务). At the kiosk an appointment is checked in and becomes a priority ticket;
 * a booking not checked in by the end of its grace period is marked missed and its place is released.
 */
@ProviderType
public interface Appointments {

    /** The slots of a queue on a day (null: today), with the places left; none on a day the hall is closed. */
    List<AppointmentSlot> slots(String queueLetter, LocalDate day);

    /**
     * Books a place in a slot under a random reference; refused when the slot is full, past, or too far ahead.
     */
    Booked book(AppointmentRequest request, String actor);

    /**
     * The booking, when {@code queryCode} is its query code; empty for a wrong code or reference alike.
     *
     * @throws org.parkhall.spi.InvalidInputException when the code is not eight digits
     */
    Optional<Appointment> find(String reference, String queryCode);

    /** A day's (null: today's) bookings, earliest slot first; {@code queueLetter} empty for all. Phones masked. */
    List<Appointment> bookings(LocalDate day, String queueLetter);

    /** Cancels a booking that is not yet checked in; its place is free again. A wrong code is "not found". */
    Appointment cancel(String reference, String queryCode, String actor);

    /**
     * Check-in at the kiosk (签到): from {@code checkInEarlyMinutes} before the slot until {@code lateGraceMinutes}
     * after its start, the booking becomes a priority ticket in its queue.
     */
    Ticket checkIn(String reference, String queryCode, String actor);

    /** Marks bookings whose check-in time has passed as missed and frees their places; also run every minute. */
    int releaseMissed();

    /** The hall's opening hours and what booking offers, for guides and the booking page. */
    HallHours hours();
}
