package org.parkhall.web.internal.http;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A request log line: {@code METHOD path status ms user client route}, e.g. {@code GET
 * /api/v1/cases?q=*&limit=* 200 12ms wang.clerk 127.0.0.1 GET /api/v1/cases}. Personal data never gets in: every
 * query value is {@code *} (a search may be an ID number or a name), and in the path an ID card number (18 or 15
 * digits) or a mobile number (11 digits from 1) standing alone is {@code ***}; a case number (PH + 12 digits) is
 * kept. "-" for no user, or no route (a page, or what no route has).
 */
public final class RequestLine {
    /** Digits not joined to other letters or digits: PH202612010001 is a case number, not a phone. */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15}|1\\d{10})(?![0-9A-Za-z])");
    private static final int MAX_PATH = 300;

    private RequestLine() {
    }

    public static String of(String method, String path, String query, int status, long millis, String user,
            String client, String route) {
        return method + " " + maskedPath(path, query) + " " + status + " " + millis + "ms " + orDash(user) + " "
                + orDash(client) + " " + (route == null ? "-" : route); // the route is the table's, never sent
    }

    static String maskedPath(String path, String query) {
        String masked = PERSONAL_NUMBER.matcher(path == null ? "" : path).replaceAll("***");
        if (query != null && !query.isEmpty()) {
            masked += Stream.of(query.split("&"))
                    .map(pair -> PERSONAL_NUMBER.matcher(pair.split("=", 2)[0]).replaceAll("***") + "=*")
                    .collect(Collectors.joining("&", "?", ""));
        }
        // a line per request stays a line: no control characters, no megabyte of path
        masked = masked.replaceAll("[\\p{Cntrl}\\s]", "_");
        return masked.length() > MAX_PATH ? masked.substring(0, MAX_PATH) + "…" : masked;
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value.replaceAll("[\\p{Cntrl}\\s]", "_");
    }
}
