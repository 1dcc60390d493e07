package org.parkhall.web.internal.api;

import java.util.Objects;

/** A handler's answer with a status of its own, such as readiness's 503 that still carries what is not ready. */
public record Answered(int status, Object body) {
    public Answered {
        Objects.requireNonNull(body, "body");
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }
}
