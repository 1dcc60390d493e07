package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.Appointments;
import org.parkhall.api.Ticket;

/** {@code hall:appointment-check-in <reference> <last four>}: checks a booking in for a visitor, as the kiosk does. */
@Service
@Command(scope = "hall", name = "appointment-check-in", description = "Checks an appointment in / 预约签到")
public final class AppointmentCheckInCommand implements Action {

    @Argument(index = 0, name = "reference", description = "预约号 / booking reference, e.g. Y482913075", required = true)
    private String reference;

    @Argument(index = 1, name = "queryCode", description = "预约的 8 位查询码 / the booking's 8-digit query code",
            required = true)
    private String queryCode;

    @Reference
    private Appointments appointments;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            Ticket ticket = appointments.checkIn(reference, queryCode, "shell:" + session.get("USER"));
            System.out.println(ticket.label() + "（预约优先）前面 " + ticket.peopleAhead() + " 人 / priority ticket, "
                    + ticket.peopleAhead() + " ahead");
        });
    }
}
