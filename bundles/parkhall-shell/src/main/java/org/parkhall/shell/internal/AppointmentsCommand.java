package org.parkhall.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.Appointment;
import org.parkhall.api.Appointments;

/** {@code hall:appointments}: a day's bookings, earliest slot first, phones masked. */
@Service
@Command(scope = "hall", name = "appointments", description = "Lists a day's appointments / 预约名单")
public final class AppointmentsCommand implements Action {

    @Option(name = "-d", aliases = "--day", description = "日期 YYYY-MM-DD，缺省为今天 / the day, YYYY-MM-DD (today if omitted)")
    private String day;

    @Option(name = "-q", aliases = "--queue", description = "只看该队列 / only this queue")
    @Completion(QueueLetterCompleter.class)
    private String queue;

    @Reference
    private Appointments appointments;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            HallTable table = new HallTable();
            table.column("Reference / 预约号");
            table.column("Queue / 队列");
            table.column("Slot / 时段");
            table.column("Name / 姓名");
            table.column("Phone / 电话");
            table.column("State / 状态");
            table.column("Ticket / 号");
            int shown = 0;
            for (Appointment booking : appointments.bookings(Days.parse(day), queue)) {
                table.addRow(booking.reference(), booking.queue(), booking.start() + "-"
                        + booking.end() + (booking.extended() ? " 延时" : ""), booking.name(), booking.phone(),
                        booking.state().label().zh(), booking.ticketLabel().isEmpty() ? "-" : booking.ticketLabel());
                shown++;
            }
            table.print(System.out);
            System.out.println(shown + " appointment(s) / 个预约");
        });
    }
}
