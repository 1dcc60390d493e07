package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * What staff do to a case. The note an action needs: DENY, SUSPEND, WITHDRAW the reasons; APPROVE what is issued;
 * DELIVER who signed for it at the window, or the express tracking number; FORWARD the receiving centre.
 */
public enum CaseAction {
    DISPATCH("分转", "dispatch to the department", false),
    APPROVE("准予", "approve", true),
    DENY("不予", "deny", true),
    SUSPEND("中止", "suspend", true),
    RESUME("恢复", "resume", false),
    DELIVER("送达", "deliver", true),
    CLOSE("办结", "close", false),
    WITHDRAW("撤回", "withdraw", true),
    FORWARD("异地通办转出", "forward to another centre", true);

    private final Bilingual label;
    private final boolean needsNote;

    CaseAction(String zh, String en, boolean needsNote) {
        this.label = new Bilingual(zh, en);
        this.needsNote = needsNote;
    }

    public Bilingual label() {
        return label;
    }

    public boolean needsNote() {
        return needsNote;
    }
}
