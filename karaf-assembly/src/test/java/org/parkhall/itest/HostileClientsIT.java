package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;

/**
 * An attacker on the hall's network: hundreds of clients that send a ticket request's body a byte at a time, and
 * requests no client should send. The kiosk and the health check go on answering promptly, every slow body ends
 * with a 408 in the API's error shape, every bad request gets a 4xx in that shape (a page outside the API) naming
 * no class, and none of it issues a ticket.
 */
public class HostileClientsIT extends HallTestSupport {
    private static final int ATTACKERS = 400;
    /** Far above a normal answer (milliseconds), far below "the hall stopped" (no answer at all). */
    private static final Duration PROMPT = Duration.ofSeconds(10);
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?i)exception|\\b(java|javax|org|com|sun)\\.[a-z]+\\.|\\.java:\\d|<h1>Bad Message|jetty");

    @Test
    public void hundredsOfSlowBodiesDoNotStopTheKioskOrTheHealthCheck() throws Exception {
        int ticketsInF = ticketsIn("F");
        long worstProbe = 0;
        int fewestHeld = ATTACKERS;
        try (SlowBodies attack = new SlowBodies(port(), "/api/v1/tickets", "{\"queue\":\"F\",\"note\":\"")) {
            attack.keep(ATTACKERS);
            long attackEnds = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // three of the 10 s deadlines
            while (System.nanoTime() < attackEnds) {
                attack.tick();
                attack.keep(ATTACKERS); // those the hall ended come back at once
                fewestHeld = Math.min(fewestHeld, attack.live());
                worstProbe = Math.max(worstProbe, probe("GET", "/api/v1/health", null, 200));
                worstProbe = Math.max(worstProbe, probe("GET", "/kiosk/", null, 200));
                worstProbe = Math.max(worstProbe, probe("POST", "/api/v1/tickets", "{\"queue\":\"A\"}", 201));
                Thread.sleep(1000); // the attackers' pace, a byte a second each: not a wait for a condition
            }
            assertTrue("held " + fewestHeld + " slow bodies at the least", fewestHeld >= 300);
            waitFor("every slow body to be ended by the hall", () -> {
                attack.tick();
                return attack.live() == 0;
            });
            System.out.printf("HostileClientsIT: %d slow bodies (at least %d at once); slowest probe %d ms%n",
                    attack.opened(), fewestHeld, worstProbe);
            assertTrue("more than one round of attackers was ended", attack.answers().size() > ATTACKERS);
            for (String answer : attack.answers()) {
                assertTrue(answer, answer.startsWith("HTTP/1.1 408 ") && answer.contains("\"code\":\"timeout\"")
                        && !CLASS_NAME.matcher(answer).find());
            }
        }
        assertEquals("no slow body issued a ticket", ticketsInF, ticketsIn("F"));
    }

    @Test
    public void requestsNoClientShouldSendGetAFourHundredInTheErrorShapeAndChangeNothing() throws Exception {
        int ticketsInF = ticketsIn("F");
        String tooLong = "a".repeat(10_000);
        assertApiError(raw("GET /api/v1/items/%zz HTTP/1.1\r\n"), 400, "invalid");
        assertApiError(raw("GET /api/v1/items/%E4%B8 HTTP/1.1\r\n"), 400, "invalid"); // half a character
        assertApiError(raw("GET /api/v1/items?q=%zz HTTP/1.1\r\n"), 400, "invalid");
        assertApiError(raw("GET /api/v1/items?q=100% HTTP/1.1\r\n"), 400, "invalid");
        assertApiError(raw("GET /api/v1/items?q=" + tooLong + " HTTP/1.1\r\n"), 414, "uri_too_long");
        assertApiError(raw("GET /api/v1/health HTTP/1.1\r\nX-Padding: " + tooLong + "\r\n"), 431,
                "headers_too_large");
        assertApiError(raw("GET /api/v1/health HTTP/1.1\r\n" + "X-Many: header\r\n".repeat(700)), 431,
                "headers_too_large");
        assertApiError(raw("GET /api/v1/health HTTP/1.1\r\nBroken header\r\n"), 400, "invalid");
        assertApiError(raw("GET /api/v1/he\u0001alth HTTP/1.1\r\n"), 400, "invalid");
        assertApiError(raw("GET /api/v1/health HTTP/1.1\r\nContent-Length: many\r\n"), 400, "invalid");
        assertApiError(raw("FOO /api/v1/health HTTP/1.1\r\n"), 401, "unauthenticated");
        Login admin = login(ADMIN);
        String signedIn = "Cookie: " + admin.cookie() + "\r\nX-CSRF-Token: " + admin.csrfToken() + "\r\n";
        assertApiError(raw("FOO /api/v1/health HTTP/1.1\r\n" + signedIn), 405, "method_not_allowed");
        assertApiError(raw("DELETE /api/v1/tickets HTTP/1.1\r\n" + signedIn), 405, "method_not_allowed");
        assertApiError(raw("GET /api/v1/nothing/here HTTP/1.1\r\n" + signedIn), 404, "not_found");
        assertApiError(raw("GET /api/other HTTP/1.1\r\n" + signedIn), 404, "not_found");
        Raw trace = raw("TRACE /api/v1/health HTTP/1.1\r\n");
        assertEquals("TRACE is refused before any servlet, with no body", 405, trace.status());
        assertTrue(trace.body(), trace.body().isEmpty());

        assertApiError(post("text/plain", "{\"queue\":\"F\"}"), 415, "unsupported_media_type");
        for (String lenient : new String[] {"{queue: F}", "{queue: \"F\"}", "{'queue':'F'}", "{\"queue\":\"F\"} x",
            "{\"queue\":\"F\"} /* note */", "// note\n{\"queue\":\"F\"}", "{\"queue\":\"F\",\"priority\":NaN}",
            "{\"queue\":\"F\",}", "queue=F", "[{\"queue\":\"F\"}]", "\"F\"", "", "{\"queue\":\"F\""}) {
            assertApiError(post("application/json", lenient), 400, "invalid");
        }
        assertApiError(post("application/json", "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}"), 400,
                "invalid");
        byte[] notUtf8 = "{\"queue\":\"F\",\"note\":\"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertApiError(raw(request("POST /api/v1/tickets HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + notUtf8.length + "\r\n"), notUtf8), 400, "invalid");
        assertApiError(post("application/json", "{\"queue\":\"F\",\"note\":\"" + "x".repeat(70_000) + "\"}"), 413,
                "too_large");
        assertApiError(raw("POST /api/v1/tickets HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + "d\r\n{\"queue\":\"F\"}\r\n"
                + ("6000\r\n" + " ".repeat(0x6000) + "\r\n").repeat(3) + "0\r\n\r\n"), 413, "too_large");
        assertApiError(raw(request("POST /api/v1/tickets HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n"), "ZZ\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                400, "invalid");

        assertPage(raw("GET /kiosk/nothing.html HTTP/1.1\r\n"), 404);
        assertPage(raw("GET /no/such/page HTTP/1.1\r\n"), 404);
        assertPage(raw("POST /kiosk/ HTTP/1.1\r\nContent-Length: 0\r\n"), 405);
        Raw put = raw("PUT /kiosk/ HTTP/1.1\r\nContent-Length: 0\r\n");
        assertEquals("a page takes GET and HEAD only", 405, put.status());
        assertFalse(put.body(), CLASS_NAME.matcher(put.body()).find());

        assertEquals("nothing issued a ticket", ticketsInF, ticketsIn("F"));
        assertEquals("strict JSON may still have spaces and line breaks", 201,
                post("application/json", "{\"queue\" : \"F\" }\n").status());
    }

    /** A response read off the wire. */
    private record Raw(int status, String head, String body) {
    }

    private static Raw post(String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return raw(request("POST /api/v1/tickets HTTP/1.1\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + bytes.length + "\r\n"), bytes);
    }

    /** A request's head as given, with the host and connection lines every raw request here carries. */
    private static byte[] request(String head) {
        return (head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code head} (the request line and any header lines) sent as is, then read until the server closes. */
    private static Raw raw(String head) throws IOException {
        int body = head.indexOf("\r\n\r\n");
        return body < 0 ? raw(request(head), new byte[0])
                : raw(request(head.substring(0, body + 2)), head.substring(body + 4).getBytes(StandardCharsets.UTF_8));
    }

    private static Raw raw(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout((int) PROMPT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head);
            try {
                out.write(body);
            } catch (IOException refusedMidway) {
                // the hall may answer and close before a body over its limit is all sent
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(received);
            } catch (IOException reset) {
                // closed with unread input left: what was answered first is kept
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertTrue("an HTTP answer: " + text, text.startsWith("HTTP/1.1 ") && split > 0);
            return new Raw(Integer.parseInt(text.substring(9, 12)), text.substring(0, split), text.substring(split + 4));
        }
    }

    private static void assertApiError(Raw answer, int status, String code) {
        assertEquals(answer.head() + "\n" + answer.body(), status, answer.status());
        assertTrue(answer.head(), answer.head().contains("Content-Type: application/json"));
        assertFalse(answer.body(), CLASS_NAME.matcher(answer.head() + answer.body()).find());
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
        assertEquals(answer.body(), code, error.get("code").getAsString());
        assertFalse(error.get("message").getAsString().isBlank() || error.get("messageEn").getAsString().isBlank());
    }

    /** A plain page, Chinese first, then English, with no script and no trace of the server's inside. */
    private static void assertPage(Raw answer, int status) {
        assertEquals(answer.body(), status, answer.status());
        assertTrue(answer.head(), answer.head().contains("Content-Type: text/html"));
        String text = answer.body();
        assertTrue(text, text.contains("<html lang=\"zh-CN\">") && !text.contains("<script"));
        assertTrue("Chinese before English: " + text, text.indexOf("<h1>") < text.indexOf("lang=\"en\">"));
        assertFalse(text, CLASS_NAME.matcher(text).find());
    }

    /** Milliseconds a visitor waited for {@code path}; fails when it did not answer with {@code status} promptly. */
    private static long probe(String method, String path, String json, int status) throws IOException {
        long start = System.nanoTime();
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port() + path)
                .openConnection();
        connection.setConnectTimeout((int) PROMPT.toMillis());
        connection.setReadTimeout((int) PROMPT.toMillis());
        connection.setRequestMethod(method);
        if (json != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(method + " " + path, status, connection.getResponseCode());
        connection.getInputStream().readAllBytes();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static int ticketsIn(String queue) throws IOException {
        return json(http("GET", "/api/v1/tickets?queue=" + queue), 200).getAsJsonArray("tickets").size();
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("parkhall.http.port"));
    }
}
