package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * A request the hall refuses for a business reason, with a stable {@link ErrorCode} for programs and a message for
 * people: mostly {@link ErrorCode#NOT_FOUND}, {@link ErrorCode#ITEM_UNAVAILABLE} (暂停受理),
 * {@link ErrorCode#ILLEGAL_ACTION} (the case's state does not allow it), {@link ErrorCode#JOINT_CHILD} (act on the
 * joint application, 一件事, not its child), {@link ErrorCode#UNAVAILABLE} (the database does not answer).
 */
public final class HallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode error;
    private final transient Bilingual text;

    /** @since 2.1 */
    public HallException(ErrorCode error, Bilingual text) {
        super(error.code() + ": " + text.en());
        this.error = error;
        this.text = text;
    }

    /**
     * Kept for code built against 2.0.
     *
     * @throws IllegalArgumentException for a code that is not one of {@link ErrorCode}'s
     * @deprecated name the {@link ErrorCode}: {@link #HallException(ErrorCode, Bilingual)}
     */
    @Deprecated
    public HallException(String code, Bilingual text) {
        this(ErrorCode.of(code), text);
    }

    /**
     * The refusal of every call while the hall's database does not answer (503 {@code unavailable}): nothing of the
     * call was written, or it cannot be known to have been, and trying again shortly is safe.
     *
     * @since 3.1
     */
    public static HallException databaseUnavailable() {
        return new HallException(ErrorCode.UNAVAILABLE, Bilingual.of("数据库暂时不可用，请稍后重试",
                "the database is not answering; try again shortly"));
    }

    public static HallException notFound(String zh, String en) {
        return new HallException(ErrorCode.NOT_FOUND, Bilingual.of(zh, en));
    }

    /** @since 2.1 */
    public ErrorCode error() {
        return error;
    }

    /** The code as the API writes it: {@code error().code()}. */
    public String code() {
        return error.code();
    }

    public Bilingual text() {
        return text;
    }
}
