package org.parkhall.spi;

/** The legal kind of a service item (事项类型), as the national catalog classifies it. */
public enum ItemKind {
    ADMINISTRATIVE_LICENSE("行政许可", "administrative licence"),
    ADMINISTRATIVE_CONFIRMATION("行政确认", "administrative confirmation"),
    ADMINISTRATIVE_PAYMENT("行政给付", "administrative payment"),
    ADMINISTRATIVE_COLLECTION("行政征收", "administrative collection"),
    OTHER_POWER("其他行政权力", "other administrative power"),
    PUBLIC_SERVICE("公共服务", "public service");

    private final Bilingual label;

    ItemKind(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
