package org.parkhall.api;

import java.time.LocalDate;
import java.time.LocalTime;

/** A booking as asked for: the slot is named by queue, day and start time. */
public record AppointmentRequest(String queue, LocalDate day, LocalTime start, String name, String phone) {
}
