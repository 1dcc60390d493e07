package org.parkhall.shell.internal;

import java.util.List;
import java.util.Objects;

import org.parkhall.api.CaseFile;

/** Prints cases as a table, personal data masked. */
final class CaseTable {
    private CaseTable() {
    }

    static void print(List<CaseFile> cases) {
        HallTable table = new HallTable();
        table.column("Case / 办件编号");
        table.column("Item / 事项");
        table.column("Dept / 部门");
        table.column("State / 状态");
        table.column("Applicant / 申请人");
        table.column("Due / 到期");
        table.column("Time / 时限");
        for (CaseFile file : cases) {
            table.addRow(file.number(), file.itemName(), file.department(), file.state().label().zh(),
                    file.applicant().masked(), Objects.toString(file.dueOn(), "-"), file.timeStatus().label().zh());
        }
        table.print(System.out);
        System.out.println(cases.size() + " case(s) / 件");
    }
}
