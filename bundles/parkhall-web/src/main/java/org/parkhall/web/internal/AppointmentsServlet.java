package org.parkhall.web.internal;

import java.time.LocalDate;
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
import org.parkhall.api.AppointmentRequest;
import org.parkhall.api.Appointments;

/**
 * Appointments (预约): {@code GET /api/v1/appointments/slots?queue=&day=}, {@code GET /api/v1/appointments?day=&queue=}
 * (phones masked; day defaults to today), {@code GET /api/v1/appointments/{reference}?phoneLastFour=}; {@code POST /api/v1/appointments}
 * {@code {queue, day, start, name, phone}} and {@code POST /api/v1/appointments/{reference}/{check-in|cancel}}
 * {@code {phoneLastFour}}; check-in answers with the priority ticket.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-appointments")
@HttpWhiteboardServletPattern({"/api/v1/appointments", "/api/v1/appointments/*"})
public final class AppointmentsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Appointments appointments;

    @Activate
    public AppointmentsServlet(@Reference Appointments appointments) {
        this.appointments = appointments;
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
            return appointments.find(path[0], request.getParameter("phoneLastFour")).orElseThrow(() ->
                    ApiException.notFound("预约号或手机号后四位不正确", "no booking with that reference and phone"));
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
            return appointments.book(new AppointmentRequest(body.text("queue"), body.day("day"), body.time("start"),
                    body.text("name"), body.text("phone")), actor(request));
        }
        if (path.length == 2 && path[1].equals("check-in")) {
            return appointments.checkIn(path[0], body.text("phoneLastFour"), actor(request));
        }
        if (path.length == 2 && path[1].equals("cancel")) {
            return appointments.cancel(path[0], body.text("phoneLastFour"), actor(request));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }
}
