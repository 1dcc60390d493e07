package org.parkhall.shell.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordQuery;
import org.parkhall.api.RecordState;
import org.parkhall.api.StaffCount;
import org.parkhall.api.WorkRecord;
import org.parkhall.api.WorkRecords;
import org.parkhall.api.WorkingCalendar;

/**
 * {@code hall:records}: a topic ledger (专项工作台账) of the special windows' records, newest first, party masked;
 * {@code hall:records overdue} the open ones past their reply's day; {@code hall:records per-staff} the records of
 * a kind (帮办代办 by default) per staff member.
 */
@Service
@Command(scope = "hall", name = "records", description = "Special windows' records / 专项工作台账")
public final class RecordsCommand implements Action {

    @Argument(name = "view", description = "overdue（超期） 或 per-staff（按人员统计）；不填为列表 / overdue, per-staff, or"
            + " none for the list")
    @Completion(value = StringsCompleter.class, values = {"overdue", "per-staff"})
    private String view;

    @Option(name = "-k", aliases = "--kind", description = "类别 / kind: UNRESOLVED, COMPLAINT, ASSISTED, CONSULTATION,"
            + " ONSITE")
    private RecordKind kind;

    @Option(name = "-s", aliases = "--state", description = "状态 / state: OPEN, REPLIED, CLOSED")
    private RecordState state;

    @Option(name = "-f", aliases = "--from", description = "登记日期起 YYYY-MM-DD / opened on or after")
    private String from;

    @Option(name = "-t", aliases = "--to", description = "登记日期止 YYYY-MM-DD / opened on or before")
    private String to;

    @Option(name = "-o", aliases = "--owner", description = "负责人 / owner")
    private String owner;

    @Option(name = "-n", aliases = "--limit", description = "最多条数 / at most this many")
    private int limit = 50;

    @Reference
    private WorkRecords records;

    @Reference
    private WorkingCalendar calendar;

    @Override
    public Object execute() {
        return Refusals.run(() -> {
            if (view == null || view.isBlank()) {
                print(records.list(new RecordQuery(kind, state, Days.parse(from), Days.parse(to), owner, limit)));
            } else if (view.equals("overdue")) {
                print(records.overdue());
            } else if (view.equals("per-staff")) {
                perStaff();
            } else {
                throw new IllegalArgumentException("view 须为 overdue 或 per-staff / the view is overdue or per-staff: "
                        + view);
            }
        });
    }

    private void perStaff() {
        LocalDate last = Days.parse(to) == null ? LocalDate.now(calendar.zone()) : Days.parse(to);
        LocalDate first = Days.parse(from) == null ? last.withDayOfMonth(1) : Days.parse(from);
        RecordKind counted = kind == null ? RecordKind.ASSISTED : kind;
        HallTable table = new HallTable();
        table.column("Staff / 工作人员");
        table.column("Records / 件数").alignRight();
        List<StaffCount> counts = records.perStaff(counted, first, last);
        counts.forEach(count -> table.addRow(count.staff().isEmpty() ? "(待指派 unassigned)" : count.staff(),
                count.records()));
        table.print(System.out);
        System.out.println(counted.title() + ", " + first + " – " + last);
    }

    private void print(List<WorkRecord> found) {
        HallTable table = new HallTable();
        table.column("Number / 编号");
        table.column("Kind / 类别");
        table.column("State / 状态");
        table.column("Party / 当事人");
        table.column("Matter / 事由").maxSize(30);
        table.column("Owner / 负责人");
        table.column("Opened / 登记");
        table.column("Due / 期限");
        table.column("Overdue / 超期");
        for (WorkRecord record : found) {
            table.addRow(record.number(), record.kind().title().zh(), record.state().title().zh(),
                    record.party() == null ? "-" : record.party().masked(), record.matter(),
                    record.owner().isEmpty() ? "(待指派)" : record.owner(), HallTimes.of(record.openedAt(), calendar),
                    Objects.toString(record.finalDue(), "-"), record.overdue() ? "超期 OVERDUE" : "");
        }
        table.print(System.out);
        System.out.println(found.size() + " record(s) / 条");
    }
}
