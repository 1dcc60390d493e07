package org.parkhall.web.internal.ratings;

import java.util.Arrays;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The cookie in which a rating pad keeps its secret: HttpOnly, so no script on the pad can read it; SameSite=Strict,
 * so no other site can rate through the pad's browser; sent to the API only; Secure over HTTPS.
 */
final class PadCookie {
    static final String NAME = "PARKHALL_PAD";
    /** 400 days, the longest Chromium keeps a cookie; a pad is paired again after that. */
    private static final long MAX_AGE_SECONDS = 400L * 24 * 60 * 60;

    private PadCookie() {
    }

    static Optional<String> secret(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(NAME) && !cookie.getValue().isEmpty())
                .map(Cookie::getValue).findFirst();
    }

    static void set(HttpServletRequest request, HttpServletResponse response, String secret) {
        response.addHeader("Set-Cookie", NAME + "=" + secret + "; Path=/api/v1; Max-Age=" + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : ""));
    }
}
