package org.parkhall.web.internal.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.Appointment;
import org.parkhall.api.AppointmentRequest;
import org.parkhall.api.AppointmentState;
import org.parkhall.api.Appointments;
import org.parkhall.api.Booked;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.http.JsonServlet;
import org.parkhall.web.internal.floor.PublicTicket;

/**
 * Appointments (预约): {@code GET /api/v1/appointments/slots?queue=&day=}, {@code GET /api/v1/appointments?day=&queue=}
 * (staff; phones masked; day defaults to today), {@code GET /api/v1/appointments/{reference}?queryCode=};
 * {@code POST /api/v1/appointments} {@code {queue, day, start, name, phone}} (answers the booking with its query
 * code, once) and {@code POST /api/v1/appointments/{reference}/{check-in|cancel}} {@code {queryCode}}; check-in
 * answers with the priority ticket. What the public is answered names no one and shows no phone.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-appointments")
@HttpWhiteboardServletPattern({"/api/v1/appointments", "/api/v1/appointments/*"})
public final class AppointmentsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

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

    private final transient Appointments appointments;
    private final transient ApplicantProofs proofs;

    @Activate
    public AppointmentsServlet(@Reference Appointments appointments, @Reference ApplicantProofs proofs) {
        this.appointments = appointments;
        this.proofs = proofs;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String[] path = path(request);
        if (path.length == 0) {
            return Map.of("appointments", appointments.bookings(day(request),
                    request.getParameter("queue")));
        }
        if (path.length == 1 && path[0].equals("slots")) {
            return Map.of("slots", appointments.slots(request.getParameter("queue"),
                    day(request)));
        }
        if (path.length == 1) {
            return proofs.booking(request, path[0], () -> appointments.find(path[0],
                    request.getParameter("queryCode")).map(PublicBooking::of).orElseThrow(() ->
                            ApiException.notFound("预约号或查询码不正确", "no booking with that reference and query code")));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }

    /** The {@code day} parameter; null, meaning today in the hall, when absent. */
    private static LocalDate day(HttpServletRequest request) {
        String day = request.getParameter("day");
        return day == null || day.isBlank() ? null : Body.day("day", day);
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        Body body = new Body(json);
        String[] path = path(request);
        if (path.length == 0) {
            Booked booked = appointments.book(new AppointmentRequest(body.text("queue"), body.day("day"),
                    body.time("start"), body.text("name"), body.text("phone")), actor(request));
            return new Confirmation(PublicBooking.of(booked.appointment()), booked.queryCode());
        }
        String code = body.text("queryCode");
        if (path.length == 2 && path[1].equals("check-in")) {
            return proofs.booking(request, path[0], () -> PublicTicket.of(appointments.checkIn(path[0], code,
                    actor(request))));
        }
        if (path.length == 2 && path[1].equals("cancel")) {
            return proofs.booking(request, path[0], () -> PublicBooking.of(appointments.cancel(path[0], code,
                    actor(request))));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }
}
