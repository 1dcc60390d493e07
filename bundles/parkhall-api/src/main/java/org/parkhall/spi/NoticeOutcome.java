package org.parkhall.spi;

/**
 * What a channel says of one attempt. {@link #sent} only once the other side has taken the notice; {@link #failed}
 * for what may pass (the server away, busy, a timeout): the hall tries again later; {@link #undeliverable} for what
 * will not (the address refused): the hall stops trying. The detail is kept with the attempt and shown to staff, so
 * it must not hold the address or the text.
 */
public record NoticeOutcome(Result result, String detail) {
    public enum Result { SENT, FAILED, UNDELIVERABLE }

    public NoticeOutcome {
        if (result == null) {
            throw new IllegalArgumentException("an outcome needs its result");
        }
        detail = detail == null || detail.isBlank() ? result.name() : detail.strip();
        if (detail.length() > 500) {
            detail = detail.substring(0, 500);
        }
    }

    public static NoticeOutcome sent(String detail) {
        return new NoticeOutcome(Result.SENT, detail);
    }

    public static NoticeOutcome failed(String detail) {
        return new NoticeOutcome(Result.FAILED, detail);
    }

    public static NoticeOutcome undeliverable(String detail) {
        return new NoticeOutcome(Result.UNDELIVERABLE, detail);
    }
}
