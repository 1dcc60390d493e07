package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.AppointmentSlot;
import org.parkhall.api.Appointments;

/** {@code hall:slots <queue>}: a queue's appointment slots on a day, with the places left. */
@Service
@Command(scope = "hall", name = "slots", description = "Shows a queue's appointment slots / 预约时段")
public final class SlotsCommand implements Action {

    @Argument(name = "queue", description = "队列字母 / queue letter", required = true)
    @Completion(QueueLetterCompleter.class)
    private String queue;

    @Option(name = "-d", aliases = "--day", description = "日期 YYYY-MM-DD，缺省为今天 / the day, YYYY-MM-DD (today if omitted)")
    private String day;

    @Reference
    private Appointments appointments;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            HallTable table = new HallTable();
            table.column("Slot / 时段");
            table.column("Kind / 类型");
            table.column("Booked / 已约").alignRight();
            table.column("Free / 余").alignRight();
            table.column("Bookable / 可约");
            for (AppointmentSlot slot : appointments.slots(queue, Days.parse(day))) {
                table.addRow(slot.start() + "-" + slot.end(), slot.extended() ? "延时 extended"
                        : "正常 normal", slot.booked(), slot.free(), slot.open() ? "是 yes" : "否 no");
            }
            table.print(System.out);
        });
    }
}
