package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/** A step of a case's review beside the decision itself (since 3.2); {@link ReviewProgress#steps} says which apply now. */
public enum ReviewStep {
    CLAIM("认领", "claim"),
    RELEASE("退回待办池", "release the claim"),
    REASSIGN("改派", "reassign"),
    TRANSFER("转办同事", "transfer to a colleague"),
    RETURN("退回窗口", "return to the window"),
    COUNTERSIGN_REQUEST("发起会签", "ask for countersigning"),
    COUNTERSIGN("会签", "countersign"),
    SIGN_OFF("复核签发", "sign off"),
    EXTEND("延长期限", "extend the time limit"),
    SPECIAL_START("启动特别程序", "start a special procedure"),
    SPECIAL_END("结束特别程序", "end the special procedure");

    private final Bilingual label;

    ReviewStep(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
