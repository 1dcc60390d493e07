package org.parkhall.web.internal.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A GET answered with a file streamed as it is made (an export), not JSON. A failure before the first bytes go out
 * is still answered in the API's error shape; one after that aborts the response, so the client sees an
 * incomplete download rather than a short file that looks whole. An {@code inline} file is shown in the browser (a
 * material the approver opens).
 */
public record Download(String contentType, String fileName, Body body, boolean inline) {

    /** A file to save (an export): {@code attachment}, not shown in the browser. */
    public Download(String contentType, String fileName, Body body) {
        this(contentType, fileName, body, false);
    }

    /** Writes the file; it must not close {@code out}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
