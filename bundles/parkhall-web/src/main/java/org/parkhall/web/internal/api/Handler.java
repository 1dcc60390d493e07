package org.parkhall.web.internal.api;

/**
 * What answers a route: the body of a success (written as JSON with 200 for GET, 201 for POST), a
 * {@link Download} or a {@link Streamed} answer; a failure is thrown and written in the API's error shape.
 */
@FunctionalInterface
public interface Handler {
    Object answer(Call call);
}
