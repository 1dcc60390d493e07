package org.parkhall.web.internal.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A GET answered with a file streamed as it is made (an export), not JSON. A failure before the first bytes go out
 * is still answered in the API's error shape; one after that aborts the response, so the client sees an
 * incomplete download rather than a short file that looks whole.
 */
public record Download(String contentType, String fileName, Body body) {

    /** Writes the file; it must not close {@code out}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
