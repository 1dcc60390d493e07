package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.parkhall.api.Notice;
import org.parkhall.api.Notices;

/** {@code hall:notice-act <id> RETRY|CANCEL}: tries a notice again now, or stops it from being sent. */
@Service
@Command(scope = "hall", name = "notice-act", description = "Retries or cancels a notice / 重发或取消通知")
public final class NoticeActCommand implements Action {
    /** What staff may do with a notice not yet sent. */
    public enum Step { RETRY, CANCEL }

    @Argument(index = 0, name = "id", description = "通知编号 / notice id", required = true)
    private long id;

    @Argument(index = 1, name = "step", description = "RETRY 重发 / CANCEL 取消", required = true)
    private Step step;

    @Reference
    private Notices notices;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        String actor = "shell:" + session.get("USER");
        return Refusals.run(() -> {
            Notice notice = step == Step.RETRY ? notices.retry(id, actor) : notices.cancel(id, actor);
            System.out.println(notice.id() + " → " + notice.state());
        });
    }
}
