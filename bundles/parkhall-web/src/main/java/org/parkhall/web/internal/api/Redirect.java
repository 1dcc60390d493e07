package org.parkhall.web.internal.api;

/** A handler's answer sending the browser on to {@code location}, a path of the hall's own pages. */
public record Redirect(String location) {
    public Redirect {
        if (location == null || !location.startsWith("/") || location.startsWith("//")) {
            throw new IllegalArgumentException("a redirect goes to one of the hall's own paths");
        }
    }
}
