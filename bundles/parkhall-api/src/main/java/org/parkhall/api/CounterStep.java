package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * A step a counter's clerk can take. Which are possible right now is published with each counter
 * ({@link CounterInfo#steps()}), decided by the same rule that refuses the others, so a workstation offers
 * exactly what the hall will accept.
 */
public enum CounterStep {
    CALL_NEXT("叫号", "call next"),
    CALL_NUMBER("特呼", "call a given number"),
    RECALL("重呼", "recall"),
    NO_SHOW("过号", "no-show"),
    START("开始办理", "start service"),
    FINISH("办理完毕", "finish"),
    TRANSFER("转移", "transfer"),
    HOLD("挂起", "put on hold"),
    CALL_BACK("叫回", "call back"),
    PAUSE("暂停服务", "pause"),
    RESUME("恢复服务", "resume"),
    SIGN_OUT("退出窗口", "sign out");

    private final Bilingual label;

    CounterStep(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
