package org.parkhall.shell.internal;

import java.util.Objects;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.LedgerEvent;
import org.parkhall.spi.Problem;

/** {@code hall:case <no>}: one case with its one-time notice, decision, delivery and ledger. */
@Service
@Command(scope = "hall", name = "case", description = "Shows a case and its history / 办件详情")
public final class CaseCommand implements Action {

    @Argument(name = "number", description = "办件编号 / case number", required = true)
    @Completion(CaseNumberCompleter.class)
    private String number;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Cases cases;

    @Override
    public Object execute() {
        CaseFile file = cases.find(number).orElse(null);
        if (file == null) {
            System.out.println("没有该办件 / no such case: " + number);
            return null;
        }
        System.out.println(file.number() + "  " + file.itemName() + " (" + file.itemCode() + ")");
        System.out.println("状态 State: " + file.state().label() + "    时限 Time: " + file.timeStatus().label());
        System.out.println("申请人 Applicant: " + file.applicant().masked() + "    送达 Delivery: "
                + file.delivery().mode().label().zh());
        System.out.println("受理 Accepted: " + Objects.toString(file.acceptedOn(), "-") + "    到期 Due: "
                + Objects.toString(file.dueOn(), "-"));
        if (!file.parentNumber().isEmpty()) {
            System.out.println("一件事 Joint application: " + file.parentNumber());
        }
        if (file.isJoint()) {
            System.out.println("子办件 Children: " + String.join(", ", file.children()));
        }
        for (Problem problem : file.problems()) {
            System.out.println("  补正 " + problem.subject() + ": " + problem.reason().zh());
        }
        printIfPresent("理由 Reasons", file.reasons());
        printIfPresent("结果 Result", file.result());
        printIfPresent("送达记录 Delivered", file.deliveryNote());
        System.out.println();
        System.out.println("台账 Ledger:");
        for (LedgerEvent event : cases.history(number)) {
            System.out.println("  " + HallTimes.of(event.time(), calendar) + "  " + event.actor() + "  " + event.action());
        }
        return null;
    }

    private static void printIfPresent(String label, String value) {
        if (!value.isEmpty()) {
            System.out.println(label + ": " + value);
        }
    }
}
