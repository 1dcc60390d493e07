package org.parkhall.web.internal.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Appointment;
import org.parkhall.api.AppointmentRequest;
import org.parkhall.api.AppointmentState;
import org.parkhall.api.Appointments;
import org.parkhall.api.Booked;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.floor.PublicTicket;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * Appointments (预约): free slots ({@code ?queue=&day=}); the day's bookings for staff ({@code ?day=&queue=}, phones
 * masked, today by default); a booking by its reference and {@code ?queryCode=}; booking
 * {@code {queue, day, start, name, phone}} (answered with its query code, once); and check-in or cancellation with
 * {@code {queryCode}}, check-in answering with the priority ticket. What the public is answered names no one and
 * shows no phone.
 */
@Component(service = AppointmentsApi.class)
public final class AppointmentsApi {
    /** A booking as its holder sees it on the public pages: no name, no phone. */
    record PublicBooking(String reference, String queue, LocalDate day, LocalTime start, LocalTime end,
            boolean extended, AppointmentState state, String ticketLabel) {

        static PublicBooking of(Appointment booking) {
            return new PublicBooking(booking.reference(), booking.queue(), booking.day(), booking.start(),
                    booking.end(), booking.extended(), booking.state(), booking.ticketLabel());
        }
    }

    /** The answer to a booking: the booking, and the query code its holder keeps. */
    record Confirmation(PublicBooking booking, String queryCode) {
    }

    private final Appointments appointments;
    private final ApplicantProofs proofs;

    @Activate
    public AppointmentsApi(@Reference Appointments appointments, @Reference ApplicantProofs proofs) {
        this.appointments = appointments;
        this.proofs = proofs;
    }

    public Object bookings(Call call) {
        return Map.of("appointments", appointments.bookings(day(call), call.query("queue")));
    }

    /** The hall's opening hours and time zone, and what booking offers: public, for every face. */
    public Object hours(Call call) {
        return appointments.hours();
    }

    public Object slots(Call call) {
        return Map.of("slots", appointments.slots(call.query("queue"), day(call)));
    }

    public Object booking(Call call) {
        String reference = call.parameter("reference");
        return proofs.booking(call.request(), reference, () -> appointments.find(reference,
                call.query("queryCode")).map(PublicBooking::of).orElseThrow(() ->
                        ApiException.notFound("预约号或查询码不正确", "no booking with that reference and query code")));
    }

    /** The {@code day} parameter; null, meaning today in the hall, when absent. */
    private static LocalDate day(Call call) {
        String day = call.query("day");
        return day == null || day.isBlank() ? null : Body.day("day", day);
    }

    public Object book(Call call) {
        Body body = call.body();
        Booked booked = appointments.book(new AppointmentRequest(body.text("queue"), body.day("day"),
                body.time("start"), body.text("name"), body.text("phone")), call.actor());
        return new Confirmation(PublicBooking.of(booked.appointment()), booked.queryCode());
    }

    public Object checkIn(Call call) {
        String reference = call.parameter("reference");
        String code = call.body().text("queryCode");
        return proofs.booking(call.request(), reference, () -> PublicTicket.of(appointments.checkIn(reference, code,
                call.actor())));
    }

    public Object cancel(Call call) {
        String reference = call.parameter("reference");
        String code = call.body().text("queryCode");
        return proofs.booking(call.request(), reference, () -> PublicBooking.of(appointments.cancel(reference, code,
                call.actor())));
    }
}
