package org.parkhall.shell.internal;

import java.util.Objects;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.RecordStep;
import org.parkhall.api.WorkRecord;
import org.parkhall.api.WorkRecords;
import org.parkhall.api.WorkingCalendar;

/** {@code hall:record <number>}: one special window's record with its steps, the party masked. */
@Service
@Command(scope = "hall", name = "record", description = "One special windows' record / 专项工作记录")
public final class RecordCommand implements Action {

    @Argument(name = "number", required = true, description = "记录编号 / record number, e.g. TS202612020001")
    private String number;

    @Reference
    private WorkRecords records;

    @Reference
    private WorkingCalendar calendar;

    @Override
    public Object execute() {
        WorkRecord record = records.find(number).orElse(null);
        if (record == null) {
            System.out.println("没有该记录 / no such record: " + number);
            return null;
        }
        System.out.println(record.number() + "  " + record.kind().title() + "  " + record.state().title()
                + (record.overdue() ? "  超期 OVERDUE" : ""));
        System.out.println("渠道 channel: " + record.channel().title() + (record.recordClass() == null ? ""
                : "   分类 class: " + record.recordClass().title()));
        System.out.println("当事人 party: " + (record.party() == null ? "-" : record.party().masked()));
        System.out.println("首问负责人 first owner: " + record.firstOwner() + "   负责人 owner: " + record.owner());
        System.out.println("期限 due: " + Objects.toString(record.finalDue(), "-")
                + (record.progressDue() == null ? "" : "   进度答复 progress: " + record.progressDue()));
        System.out.println("事由 matter: " + record.matter());
        if (!record.outcome().isEmpty()) {
            System.out.println("答复 outcome: " + record.outcome());
        }
        HallTable table = new HallTable();
        table.column("Time / 时间");
        table.column("By / 操作人");
        table.column("Step / 步骤");
        table.column("Note / 内容").maxSize(60);
        for (RecordStep step : record.steps()) {
            table.addRow(HallTimes.of(step.at(), calendar), step.actor(), step.action().title().zh(), step.note());
        }
        table.print(System.out);
        return null;
    }
}
