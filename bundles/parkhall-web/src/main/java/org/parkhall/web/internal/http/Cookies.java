package org.parkhall.web.internal.http;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/** The hall's cookies as a request carries them. */
public final class Cookies {
    private Cookies() {
    }

    /** The value of the cookie {@code name}, null when the request carries none or an empty one. */
    public static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
