package org.parkhall.shell.internal;

import java.util.Arrays;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.Floor;
import org.parkhall.api.PauseReason;
import org.parkhall.api.Ticket;
import org.parkhall.spi.InvalidInputException;

/**
 * {@code hall:counter <n> <step> [arg]}: a counter's other steps — sign-in (arg: staff), sign-out, recall (重呼),
 * no-show (过号), start, finish (arg: case numbers, comma-separated), transfer (arg: queue letter), call (特呼, arg:
 * ticket), hold (挂起), call-back (叫回, arg: ticket), pause (暂停服务, arg: reason, or reason:note) and resume.
 */
@Service
@Command(scope = "hall", name = "counter", description = "A counter's steps / 窗口操作")
public final class CounterCommand implements Action {

    @Argument(index = 0, name = "counter", description = "窗口号 / counter number", required = true)
    @Completion(CounterNumberCompleter.class)
    private int counter;

    @Argument(index = 1, name = "step", required = true,
            description = "步骤 / step: sign-in, sign-out, recall, no-show, start, finish, transfer, call, hold,"
                    + " call-back, pause or resume")
    @Completion(values = {"sign-in", "sign-out", "recall", "no-show", "start", "finish", "transfer", "call", "hold",
        "call-back", "pause", "resume"}, value = StringsCompleter.class)
    private String step;

    @Argument(index = 2, name = "argument", description = "签到填人员、办结填办件号、转移填队列、特呼和叫回填号、暂停填原因[:说明]"
            + " / staff for sign-in, cases for finish, queue for transfer, ticket for call and call-back,"
            + " reason[:note] for pause (BREAK, BACK_OFFICE, MEETING, SYSTEM_FAULT, OTHER)")
    private String argument = "";

    @Reference
    private Floor floor;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> {
            switch (step) {
                case "sign-in" -> floor.signIn(counter, argument.isBlank() ? actor : argument);
                case "sign-out" -> floor.signOut(counter, actor);
                case "recall" -> print(floor.recall(counter, actor));
                case "no-show" -> print(floor.noShow(counter, actor));
                case "start" -> print(floor.startService(counter, actor));
                case "finish" -> print(floor.finishService(counter, Arrays.asList(argument.split(",")), actor));
                case "transfer" -> print(floor.transfer(counter, argument, actor));
                case "call" -> print(floor.callTicket(counter, argument, actor));
                case "hold" -> print(floor.hold(counter, actor));
                case "call-back" -> print(floor.callBack(counter, argument, actor));
                case "pause" -> pause(actor);
                case "resume" -> floor.resume(counter, actor);
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
            System.out.println(counter + "号窗口 " + step + " ✓");
        });
    }

    private void pause(String actor) {
        String[] reasonAndNote = argument.split(":", 2);
        PauseReason reason;
        try {
            reason = PauseReason.valueOf(reasonAndNote[0].strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reason", "暂停原因须为 " + Arrays.toString(PauseReason.values()) + " 之一",
                    "the reason is one of " + Arrays.toString(PauseReason.values()));
        }
        floor.pause(counter, reason, reasonAndNote.length > 1 ? reasonAndNote[1] : "", actor);
    }

    private static void print(Ticket ticket) {
        System.out.println(ticket.label() + " → " + ticket.state().label());
    }
}
