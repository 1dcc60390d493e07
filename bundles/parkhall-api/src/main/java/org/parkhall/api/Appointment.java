package org.parkhall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking (预约), known by its random reference such as {@code Y482913075}.
 *
 * @param phone       the phone it was booked with, masked in lists
 * @param ticketLabel the ticket it became at check-in, empty before
 */
public record Appointment(String reference, String queue, LocalDate day, LocalTime start, LocalTime end,
        boolean extended, String name, String phone, AppointmentState state, String ticketLabel, Instant bookedAt) {
}
