package org.parkhall.api;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why the hall refuses a request, as programs read it: {@link #code()} is the stable code of the API's error answer
 * ({@code {"error":{"code": …}}}). A code, once released, never changes its wire string; a new reason is a new
 * constant (a minor version of this package). The HTTP status of each is set in one place, in the web bundle, so
 * that the API stays the same for the shell and the other faces. (The Jetty fragment, which answers before the hall
 * sees a request and cannot import this package, writes {@code timeout}, {@code too_large}, {@code uri_too_long},
 * {@code headers_too_large}, {@code http_version}, {@code invalid} and {@code internal_error} itself; its test
 * checks that each is one of these.)
 *
 * @since 2.1
 */
public enum ErrorCode {
    /** The request or one of its fields is malformed or out of range. */
    INVALID("invalid"),
    /** Not signed in, the session has expired, or the user name or password is wrong. */
    UNAUTHENTICATED("unauthenticated"),
    /** The staff member's role does not allow this. */
    FORBIDDEN("forbidden"),
    /** The page's CSRF token is missing or stale. */
    CSRF("csrf"),
    /** A rating pad that is not paired with a counter. */
    PAD_NOT_PAIRED("pad_not_paired"),
    /** No such thing (or a case number and query code that do not match, which looks the same). */
    NOT_FOUND("not_found"),
    /** The endpoint does not take this method. */
    METHOD_NOT_ALLOWED("method_not_allowed"),
    /** The request's body did not arrive in time. */
    TIMEOUT("timeout"),
    /** The state of the case, ticket, counter or account does not allow the action. */
    ILLEGAL_ACTION("illegal_action"),
    /** The item is temporarily unavailable (暂停受理): its department's handler is away. */
    ITEM_UNAVAILABLE("item_unavailable"),
    /**
     * An action on a child case of a joint application (一件事) that must be taken on the whole (or the other way
     * round). Its wire code keeps the older name.
     */
    JOINT_CHILD("bundle_child"),
    /** Someone else changed it first, or it exists already. */
    CONFLICT("conflict"),
    /** The request's body is over the limit. */
    TOO_LARGE("too_large"),
    /** The request's URI is over the limit. */
    URI_TOO_LONG("uri_too_long"),
    /** The body is not JSON. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    /** Too many wrong query codes from one client; refused for a while. */
    TOO_MANY_ATTEMPTS("too_many_attempts"),
    /** Too many wrong passwords for the account; locked for a while. */
    LOCKED("locked"),
    /** The request's headers are over the limit. */
    HEADERS_TOO_LARGE("headers_too_large"),
    /** A fault in the hall itself. */
    INTERNAL_ERROR("internal_error"),
    /** The department's handler threw: nothing was saved. */
    HANDLER_FAILED("handler_failed"),
    /** The department's handler did not answer within the time limit: nothing was saved. */
    HANDLER_TIMEOUT("handler_timeout"),
    /** The hall or a store it needs (database, account realm) is starting or not answering. */
    UNAVAILABLE("unavailable"),
    /** An HTTP version the hall does not speak. */
    HTTP_VERSION("http_version");

    private static final Map<String, ErrorCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The code as the API writes it. */
    public String code() {
        return code;
    }

    /**
     * The constant written as {@code code}.
     *
     * @throws IllegalArgumentException for a code the hall does not have
     */
    public static ErrorCode of(String code) {
        ErrorCode known = BY_CODE.get(code);
        if (known == null) {
            throw new IllegalArgumentException("no such error code: " + code);
        }
        return known;
    }
}
