package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.parkhall.api.BadRatings;
import org.parkhall.api.RatingAppeal;

/**
 * {@code hall:rating-appeal-decide <appeal> upheld|rejected <note>}: the hall admin's decision on an appeal of a bad
 * rating; upheld, the rating counts in no satisfaction figure.
 */
@Service
@Command(scope = "hall", name = "rating-appeal-decide", description = "Decides an appeal of a bad rating / 裁定差评申诉")
public final class RatingAppealDecideCommand implements Action {
    @Argument(index = 0, name = "appeal", description = "申诉编号 / appeal number", required = true)
    private long appeal;

    @Argument(index = 1, name = "decision", description = "upheld 成立 或 rejected 驳回 / upheld or rejected",
            required = true)
    @Completion(values = {"upheld", "rejected"}, value = StringsCompleter.class)
    private String decision;

    @Argument(index = 2, name = "note", description = "裁定意见 / reasons for the decision", required = true)
    private String note;

    @Reference
    private BadRatings badRatings;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> {
            boolean upheld = switch (decision) {
                case "upheld" -> true;
                case "rejected" -> false;
                default -> throw new IllegalArgumentException("unknown decision " + decision + " (upheld or rejected)");
            };
            RatingAppeal decided = badRatings.decide(appeal, upheld, note, actor);
            System.out.println("申诉 " + decided.id() + (upheld ? " 成立：该评价不计入满意度 / upheld: the rating is excluded"
                    : " 驳回 / rejected"));
        });
    }
}
