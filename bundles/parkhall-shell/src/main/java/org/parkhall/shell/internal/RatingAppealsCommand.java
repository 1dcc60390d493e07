package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.BadRatings;
import org.parkhall.api.RatingAppeal;
import org.parkhall.api.WorkingCalendar;

/** {@code hall:rating-appeals [-p]}: appeals of bad ratings (差评申诉), pending ones first or only. */
@Service
@Command(scope = "hall", name = "rating-appeals", description = "Appeals of bad ratings / 差评申诉")
public final class RatingAppealsCommand implements Action {

    @Option(name = "-p", aliases = "--pending", description = "仅待裁定 / pending ones only")
    private boolean pending;

    @Reference
    private BadRatings badRatings;

    @Reference
    private WorkingCalendar calendar;

    @Override
    public Object execute() {
        HallTable table = new HallTable();
        table.column("No. / 编号").alignRight();
        table.column("Rating / 评价").alignRight();
        table.column("Ground / 理由");
        table.column("Filed by / 申诉人");
        table.column("Filed / 时间");
        table.column("Decision / 裁定");
        for (RatingAppeal appeal : badRatings.appeals(pending)) {
            table.addRow(appeal.id(), appeal.rating(), appeal.ground().label().zh(), appeal.filedBy(),
                    HallTimes.of(appeal.filedAt(), calendar), appeal.pending() ? "待裁定 pending"
                            : appeal.upheld() ? "成立 upheld" : "驳回 rejected");
        }
        table.print(System.out);
        return null;
    }
}
