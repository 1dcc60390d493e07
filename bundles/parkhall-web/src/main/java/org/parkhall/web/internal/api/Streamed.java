package org.parkhall.web.internal.api;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * An answer that stays open after the call returns (server-sent events): it sets its own headers and starts
 * asynchronous processing on the request, which the dispatcher servlet supports.
 */
@FunctionalInterface
public interface Streamed {
    void start(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
