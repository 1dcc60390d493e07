package org.parkhall.web.internal.http;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RequestLineTest {

    @Test
    public void aLineNamesMethodPathStatusTimeUserClientAndRoute() {
        assertEquals("GET /api/v1/cases/PH202612010001 200 12ms wang.clerk 10.0.0.7 GET /api/v1/cases/{number}",
                RequestLine.of("GET", "/api/v1/cases/PH202612010001", null, 200, 12, "wang.clerk", "10.0.0.7",
                        "GET /api/v1/cases/{number}"));
        assertEquals("POST /api/v1/session 401 3ms - 10.0.0.7 POST /api/v1/session",
                RequestLine.of("POST", "/api/v1/session", "", 401, 3, null, "10.0.0.7", "POST /api/v1/session"));
        assertEquals("GET /console/ 200 1ms - - -", RequestLine.of("GET", "/console/", null, 200, 1, "", null, null));
    }

    @Test
    public void everyQueryValueAndAnyIdOrPhoneNumberInThePathIsMasked() {
        assertEquals("/api/v1/cases?q=*&limit=*", RequestLine.maskedPath("/api/v1/cases",
                "q=110101199003074514&limit=5"));
        assertEquals("/api/v1/x/***/y/***/z/***", RequestLine.maskedPath("/api/v1/x/11010119900307451X/y/13812345678"
                + "/z/110101900307451", null));
        assertEquals("a case number stays", "/api/v1/public/cases/PH202612010001?queryCode=*",
                RequestLine.maskedPath("/api/v1/public/cases/PH202612010001", "queryCode=123456"));
        assertEquals("/api/v1/cases?***=*", RequestLine.maskedPath("/api/v1/cases", "13812345678"));
        assertEquals("longer digit runs are not an ID", "/a/1381234567890123456789",
                RequestLine.maskedPath("/a/1381234567890123456789", null));
    }

    @Test
    public void aLineStaysOneLineOfBoundedLength() {
        assertEquals("/a_b_c", RequestLine.maskedPath("/a\nb\rc", null));
        assertEquals(301, RequestLine.maskedPath("/" + "x".repeat(1000), null).length());
        assertEquals("GET / 200 0ms evil_user - -", RequestLine.of("GET", "/", null, 200, 0, "evil\nuser", null, null));
    }
}
