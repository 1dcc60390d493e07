package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * A request the hall refuses for a business reason, with a stable code for programs and a message for people:
 * {@code not_found}, {@code item_unavailable} (暂停受理), {@code illegal_action} (the case's state does not allow
 * it), {@code bundle_child} (act on the bundle, not its child).
 */
public final class HallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Bilingual text;

    public HallException(String code, Bilingual text) {
        super(code + ": " + text.en());
        this.code = code;
        this.text = text;
    }

    public static HallException notFound(String zh, String en) {
        return new HallException("not_found", Bilingual.of(zh, en));
    }

    public String code() {
        return code;
    }

    public Bilingual text() {
        return text;
    }
}
