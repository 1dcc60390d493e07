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
import org.parkhall.api.Ticket;

/**
 * {@code hall:counter <n> <step> [arg]}: a counter's other steps — sign-in (arg: staff), sign-out, recall (重呼),
 * no-show (过号), start, finish (arg: case numbers, comma-separated), transfer (arg: queue letter).
 */
@Service
@Command(scope = "hall", name = "counter", description = "A counter's steps / 窗口操作")
public final class CounterCommand implements Action {

    @Argument(index = 0, name = "counter", description = "窗口号 / counter number", required = true)
    @Completion(CounterNumberCompleter.class)
    private int counter;

    @Argument(index = 1, name = "step", required = true,
            description = "步骤 / step: sign-in, sign-out, recall, no-show, start, finish or transfer")
    @Completion(values = {"sign-in", "sign-out", "recall", "no-show", "start", "finish", "transfer"},
            value = StringsCompleter.class)
    private String step;

    @Argument(index = 2, name = "argument", description = "签到填人员、办结填办件号、转移填队列 / staff for sign-in, cases for finish, queue for transfer")
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
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
            System.out.println(counter + "号窗口 " + step + " ✓");
        });
    }

    private static void print(Ticket ticket) {
        System.out.println(ticket.label() + " → " + ticket.state().label());
    }
}
