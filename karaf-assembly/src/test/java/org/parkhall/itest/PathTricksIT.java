package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;

/**
 * An attacker writes a protected route so that it looks like a public one (encoded slashes and dots, path
 * parameters, dot segments, doubled slashes) and sends it anonymously and with each role's session: every such
 * request is refused before any servlet, and nothing changes.
 */
public class PathTricksIT extends HallTestSupport {
    /** Protected routes, each as {method, path below /api/v1/}. */
    private static final String[][] PROTECTED = {
        {"GET", "staff"}, {"GET", "cases"}, {"GET", "cases/CASE"}, {"GET", "cases/CASE/ledger"},
        {"GET", "ledger"}, {"GET", "ledger/export?from=2026-01-01&to=2026-01-31&format=csv"}, {"GET", "stats"},
        {"GET", "counters"}, {"GET", "tickets"}, {"GET", "appointments"}, {"GET", "rectifications"},
        {"GET", "calendar?year=2026"}, {"GET", "checklist"}, {"POST", "tickets/TICKET/cancel"},
        {"POST", "counters/1/sign-out"}, {"POST", "staff"}, {"POST", "applications"},
        {"POST", "cases/CASE/actions"}, {"POST", "cases/CASE/query-code"}, {"POST", "cases/CASE/supplement"},
        {"GET", "rating-pads"}, {"POST", "rating-pads/1/pairing-code"}, {"POST", "rating-pads/1/unpair"},
        {"POST", "rectifications/1/follow-up"}, {"POST", "staff/wang.clerk/roles"}, {"GET", "cases/overdue"},
    };
    /** Public routes an attacker starts from. */
    private static final String[] PUBLIC = {"items", "items/AMR-REG-01", "tickets/TICKET", "appointments/Y1",
        "public/cases/CASE", "rate/1", "queues", "rating-pads/1/pair"};

    @Test
    public void noWayOfWritingAProtectedPathGetsPastTheRules() throws Exception {
        String ticket = json(anonymous("POST", "/api/v1/tickets", "{\"queue\":\"F\"}"), 201).get("label")
                .getAsString();
        String caseNumber = json(as(CLERK, "POST", "/api/v1/applications", AccessIT.COMPANY), 201)
                .get("number").getAsString();
        String ledgerBefore = newestLedgerEntry();
        List<String> refusedOthers = new ArrayList<>();
        int sent = 0;
        for (String[] route : PROTECTED) {
            String target = route[1].replace("CASE", caseNumber).replace("TICKET", ticket);
            for (String path : tricks(target)) {
                for (Login login : new Login[] {null, login(CLERK), login(APPROVER), login(ADMIN)}) {
                    int status = raw(route[0], path, login);
                    sent++;
                    if (status != 400) {
                        refusedOthers.add(route[0] + " " + path + " -> " + status);
                    }
                    assertTrue(route[0] + " " + path + (login == null ? "" : " signed in") + " answered " + status,
                            Set.of(400, 401, 403, 404).contains(status));
                }
            }
        }
        assertTrue("only " + sent + " tricks sent", sent > 1000);
        JsonObject stillWaiting = json(anonymous("GET", "/api/v1/tickets/" + ticket, ""), 200);
        assertEquals("WAITING", stillWaiting.getAsJsonObject("state").get("code").getAsString());
        assertEquals("nothing was written", ledgerBefore, newestLedgerEntry());
        assertTrue("every trick is refused as a bad path: " + refusedOthers, refusedOthers.isEmpty());
    }

    /** The ways of writing {@code /api/v1/target} so that it starts like a public route or hides its segments. */
    private static Set<String> tricks(String target) {
        Set<String> tricks = new LinkedHashSet<>();
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String query = target.contains("?") ? target.substring(target.indexOf('?')) : "";
        for (String start : PUBLIC) {
            String up = "../".repeat(start.split("/").length);
            String encodedUp = up.replace("/", "%2F");
            tricks.add("/api/v1/" + start + "/" + encodedUp + path.replace("/", "%2F") + query);
            tricks.add("/api/v1/" + start + "/" + encodedUp.replace("..", "%2e%2e") + path + query);
            tricks.add("/api/v1/" + start + "/" + up.replace("..", "%2E%2E") + path + query);
            tricks.add("/api/v1/" + start + "/" + up + path + query);
            tricks.add("/api/v1/" + start + "/" + up.replace("../", "..;x/") + path + query);
            tricks.add("/api/v1/" + start + "/" + up.replace("/", "%5C") + path + query);
        }
        tricks.add("/api/v1/" + path.replace("/", ";x/") + query);
        tricks.add("/api/v1/" + path + ";jsessionid=x" + query);
        tricks.add("/api/v1//" + path + query);
        tricks.add("/api/v1/./" + path + query);
        tricks.add("/api/v1/%2e/" + path + query);
        tricks.add("/api/v1/" + path.replace("/", "//") + query);
        tricks.add("/api/v1/" + path.replace("/", "%2F") + query);
        tricks.add("/api%2Fv1%2F" + path + query);
        tricks.add("/guide/..%2F..%2Fapi/v1/" + path + query);
        tricks.add("/guide/../api/v1/" + path + query);
        tricks.add("/api/v1/" + path + "/." + query);
        tricks.add("/api/v1/" + path + "/%2e" + query);
        tricks.add("/api/v1/%" + Integer.toHexString(path.charAt(0)) + path.substring(1) + query);
        tricks.remove("/api/v1/" + target); // a one-segment path has no slash to double or encode
        return tricks;
    }

    /** Sends the path exactly as written (no client normalises it) and answers the status. */
    private static int raw(String method, String path, Login login) throws IOException {
        String body = method.equals("POST") ? "{\"action\":\"DISPATCH\",\"user\":\"x\",\"password\":\"y\"}" : "";
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n");
        if (login != null) {
            request.append("Cookie: ").append(login.cookie()).append("\r\nX-CSRF-Token: ")
                    .append(login.csrfToken()).append("\r\n");
        }
        if (!body.isEmpty()) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length()).append("\r\n");
        }
        request.append("\r\n").append(body);
        try (Socket socket = new Socket("127.0.0.1", Integer.getInteger("parkhall.http.port"))) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** The newest entry a person's request made (the hall's own jobs, such as 督办, write as "hall" meanwhile). */
    private static String newestLedgerEntry() throws IOException {
        for (JsonElement entry : json(http("GET", "/api/v1/ledger?limit=50"), 200).getAsJsonArray("events")) {
            if (!entry.getAsJsonObject().get("actor").getAsString().equals("hall")) {
                return entry.toString();
            }
        }
        return "";
    }
}
