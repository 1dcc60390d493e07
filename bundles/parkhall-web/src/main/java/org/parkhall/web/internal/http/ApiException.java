package org.parkhall.web.internal.http;

import org.parkhall.spi.Bilingual;

/** A request the API answers with an error: HTTP status, a stable code for programs, a message for people. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Bilingual text;

    public ApiException(int status, String code, Bilingual text) {
        super(code + ": " + text.en());
        this.status = status;
        this.code = code;
        this.text = text;
    }

    public static ApiException notFound(String zh, String en) {
        return new ApiException(404, "not_found", Bilingual.of(zh, en));
    }

    public static ApiException badRequest(String zh, String en) {
        return new ApiException(400, "bad_request", Bilingual.of(zh, en));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Bilingual text() {
        return text;
    }
}
