package org.parkhall.spi;

/** How the result of a case reaches the applicant (送达方式). */
public enum DeliveryMode {
    WINDOW_PICKUP("窗口领取", "pick up at the window"),
    EXPRESS("快递送达", "delivery by express"),
    ELECTRONIC("电子送达", "electronic delivery");

    private final Bilingual label;

    DeliveryMode(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
