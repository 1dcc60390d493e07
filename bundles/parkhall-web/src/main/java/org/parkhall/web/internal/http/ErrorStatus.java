package org.parkhall.web.internal.http;

import org.parkhall.api.ErrorCode;

/**
 * The HTTP status the API answers each {@link ErrorCode} with: the one place they are paired. The switch has no
 * default, so a code added to the API does not compile here until it has its status.
 */
final class ErrorStatus {
    private ErrorStatus() {
    }

    static int of(ErrorCode error) {
        return switch (error) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN, CSRF, PAD_NOT_PAIRED -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case TIMEOUT -> 408;
            case ILLEGAL_ACTION, ITEM_UNAVAILABLE, JOINT_CHILD, CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case URI_TOO_LONG -> 414;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case TOO_MANY_ATTEMPTS, LOCKED -> 429;
            case HEADERS_TOO_LARGE -> 431;
            case INTERNAL_ERROR -> 500;
            // A department's handler is to the hall what an upstream server is to a gateway.
            case HANDLER_FAILED -> 502;
            case UNAVAILABLE -> 503;
            case HANDLER_TIMEOUT -> 504;
            case HTTP_VERSION -> 505;
        };
    }
}
