package org.parkhall.shell.internal;

import java.time.temporal.ChronoUnit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.PairingCode;
import org.parkhall.api.RatingPads;
import org.parkhall.api.WorkingCalendar;

/**
 * {@code hall:rating-pad <counter> pair|unpair}: draws a one-time code to type into the counter's rating pad
 * (评价器), or unpairs the pad.
 */
@Service
@Command(scope = "hall", name = "rating-pad", description = "Pairs or unpairs a counter's rating pad / 评价器配对")
public final class RatingPadCommand implements Action {
    @Argument(index = 0, name = "counter", description = "窗口号 / counter number", required = true)
    @Completion(CounterNumberCompleter.class)
    private int counter;

    @Argument(index = 1, name = "step", description = "pair 配对（生成配对码）或 unpair 解除 / pair (draws a pairing code) or unpair", required = true)
    @Completion(values = {"pair", "unpair"}, value = StringsCompleter.class)
    private String step;

    @Reference
    private RatingPads pads;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> {
            switch (step) {
                case "pair" -> {
                    PairingCode code = pads.pairingCode(counter, actor);
                    var until = code.expiresAt().atZone(calendar.zone()).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
                    System.out.println(counter + "号窗口评价器配对码 / pairing code for counter " + counter + ": "
                            + code.code() + "（" + until + " 前有效 / valid until " + until + "）");
                }
                case "unpair" -> {
                    pads.unpair(counter, actor);
                    System.out.println(counter + "号窗口评价器已解除配对 / counter " + counter + "'s pad unpaired");
                }
                default -> throw new IllegalArgumentException("unknown step " + step + " (pair or unpair)");
            }
        });
    }
}
