package org.parkhall.shell.internal;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.Notice;
import org.parkhall.api.NoticeState;
import org.parkhall.api.Notices;
import org.parkhall.api.WorkingCalendar;

/** {@code hall:notices}: the outbox of notices to applicants, newest first, addresses masked. */
@Service
@Command(scope = "hall", name = "notices", description = "Shows the outbox of notices to applicants / 通知发件箱")
public final class NoticesCommand implements Action {

    @Option(name = "-s", aliases = "--state", description = "只看该状态 / only this state: QUEUED, SENDING, SENT,"
            + " UNDELIVERABLE, OPTED_OUT, CANCELLED")
    private NoticeState state;

    @Option(name = "-n", aliases = "--limit", description = "条数 (1-1000) / how many (1-1000)")
    private int limit = 20;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Notices notices;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            HallTable table = new HallTable();
            table.column("#").alignRight();
            table.column("Kind / 事由");
            table.column("About / 对象");
            table.column("To / 发往");
            table.column("State / 状态");
            table.column("Tries / 次数").alignRight();
            table.column("Channel / 渠道");
            table.column("Next or sent / 下次或发出");
            table.column("Last error / 最近错误").maxSize(40);
            for (Notice notice : notices.outbox(Optional.ofNullable(state), limit)) {
                table.addRow(notice.id(), notice.kind().label().zh(), notice.reference(), notice.maskedAddress(),
                        notice.state(), notice.attempts(), notice.channel(), HallTimes.of(notice.sentAt() != null
                                ? notice.sentAt() : notice.nextAttemptAt(), calendar), notice.lastError());
            }
            table.print(System.out);
        });
    }
}
