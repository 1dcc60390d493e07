package org.parkhall.web.internal.http;

import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;

/** A request the API answers with an error: a stable code for programs (its HTTP status follows), a message for people. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode error;
    private final transient Bilingual text;

    public ApiException(ErrorCode error, Bilingual text) {
        super(error.code() + ": " + text.en());
        this.error = error;
        this.text = text;
    }

    public static ApiException notFound(String zh, String en) {
        return new ApiException(ErrorCode.NOT_FOUND, Bilingual.of(zh, en));
    }

    public ErrorCode error() {
        return error;
    }

    public int status() {
        return ErrorStatus.of(error);
    }

    public String code() {
        return error.code();
    }

    public Bilingual text() {
        return text;
    }
}
