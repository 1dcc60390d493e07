package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;

/** Sign-in against the Karaf realm, roles on every call, CSRF on every change, and what visitors may do. */
public class AccessIT extends HallTestSupport {
    static final String COMPANY = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":{\"kind\":\"PERSON\","
            + "\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},\"presented\":"
            + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":{\"companyName\":"
            + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"},"
            + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";

    @Test
    public void visitorsUseThePublicFacesButSeeNoStaffData() throws Exception {
        assertEquals(200, anonymous("GET", "/api/v1/items", "").status());
        assertEquals(200, anonymous("GET", "/api/v1/queues", "").status());
        JsonObject ticket = json(anonymous("POST", "/api/v1/tickets", "{\"queue\":\"F\"}"), 201);
        assertEquals(200, anonymous("GET", "/api/v1/tickets/" + ticket.get("label").getAsString(), "").status());
        for (String path : new String[] {"/api/v1/cases", "/api/v1/ledger", "/api/v1/counters", "/api/v1/tickets",
            "/api/v1/stats", "/api/v1/appointments", "/api/v1/rectifications", "/api/v1/no-such-thing"}) {
            assertError(anonymous("GET", path, ""), 401, "unauthenticated");
        }
        assertError(anonymous("POST", "/api/v1/applications", COMPANY), 401, "unauthenticated");
        assertError(anonymous("POST", "/api/v1/counters/1/call-next", "{}"), 401, "unauthenticated");
        String ledger = json(http("GET", "/api/v1/ledger?limit=20"), 200).toString();
        assertTrue("a kiosk ticket is recorded as taken by the public", ledger.contains("\"actor\":\"public\""));
        for (String page : new String[] {"/console/", "/kiosk/", "/display/", "/rate/3", "/guide/"}) {
            Response response = anonymous("GET", page, "");
            assertEquals(page, 200, response.status());
            assertTrue(page, response.contentType().startsWith("text/html"));
            assertTrue(page, response.headers().get("Content-Security-Policy").get(0).contains("default-src 'self'"));
        }
    }

    @Test
    public void signInChecksThePasswordAndLocksAfterRepeatedFailures() throws Exception {
        String wrong = "{\"username\":\"" + CLERK + "\",\"password\":\"guess\"}";
        assertError(anonymous("POST", "/api/v1/session", "{\"username\":\"\",\"password\":\"x\"}"), 400, "invalid");
        JsonObject session = json(as(CLERK, "GET", "/api/v1/session", ""), 200);
        assertEquals("[\"clerk\"]", session.getAsJsonArray("roles").toString());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertError(anonymous("POST", "/api/v1/session", wrong.replace(CLERK, "ghost")), 401, "unauthenticated");
        }
        assertError(anonymous("POST", "/api/v1/session", wrong.replace(CLERK, "ghost")), 429, "locked");

        Login login = login(CLERK);
        assertEquals(201, send("POST", "/api/v1/session/logout", "{}", login).status());
        assertError(send("GET", "/api/v1/cases", "", login), 401, "unauthenticated");
    }

    @Test
    public void eachRoleDoesItsOwnPartOfACaseAndChangesNeedTheCsrfToken() throws Exception {
        String number = json(as(CLERK, "POST", "/api/v1/applications", COMPANY), 201).get("number").getAsString();
        assertError(send("POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"DISPATCH\"}",
                new Login(login(CLERK).cookie(), "forged")), 403, "csrf");
        json(as(CLERK, "POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"DISPATCH\"}"), 201);
        assertError(as(CLERK, "POST", "/api/v1/cases/" + number + "/actions",
                "{\"action\":\"APPROVE\",\"note\":\"营业执照\"}"), 403, "forbidden");
        assertError(as(CLERK, "GET", "/api/v1/ledger", ""), 403, "forbidden");

        assertError(as(APPROVER, "POST", "/api/v1/applications", COMPANY), 403, "forbidden");
        String taxCase = json(as(CLERK, "POST", "/api/v1/applications", "{\"itemCode\":\"TAX-REG-01\",\"applicant\":"
                + "{\"kind\":\"ENTERPRISE\",\"idNumber\":\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\","
                + "\"phone\":\"0477-7612345\"},\"presented\":[],\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201)
                .get("number").getAsString();
        assertError(as(APPROVER, "GET", "/api/v1/cases/" + taxCase, ""), 404, "not_found");
        for (JsonElement listed : json(as(APPROVER, "GET", "/api/v1/cases?department=tax", ""), 200)
                .getAsJsonArray("cases")) {
            assertEquals("amr", listed.getAsJsonObject().get("department").getAsString());
        }
        JsonObject approved = json(as(APPROVER, "POST", "/api/v1/cases/" + number + "/actions",
                "{\"action\":\"APPROVE\",\"note\":\"营业执照（正副本）\"}"), 201);
        assertEquals("APPROVED", approved.getAsJsonObject("state").get("code").getAsString());
        assertTrue(json(http("GET", "/api/v1/cases/" + number + "/ledger"), 200).toString()
                .contains("\"actor\":\"" + APPROVER + "\""));
        JsonObject cases = json(http("GET", "/api/v1/stats"), 200).getAsJsonObject("cases");
        assertTrue(cases.toString(), cases.get("decided").getAsInt() >= 1 && cases.get("onTime").getAsDouble() > 0);
    }

    @Test
    public void theAdminOpensAccountsThatSignInWithTheirRolesAndSeesCalendarAndChecklist() throws Exception {
        assertEquals("password", assertError(http("POST", "/api/v1/staff",
                "{\"user\":\"chen.guide\",\"password\":\"short1\",\"roles\":[\"guide\"]}"), 400, "invalid")
                .get("field").getAsString());
        assertError(http("POST", "/api/v1/staff", "{\"user\":\"chen.guide\",\"password\":\"Daoban-2026-x\","
                + "\"roles\":[\"root\"]}"), 400, "invalid");
        JsonObject account = json(http("POST", "/api/v1/staff", "{\"user\":\"chen.guide\",\"password\":"
                + "\"Daoban-2026-x\",\"roles\":[\"guide\"]}"), 201);
        assertEquals("[\"guide\"]", account.getAsJsonArray("roles").toString());
        String listed = json(http("GET", "/api/v1/staff"), 200).toString();
        assertTrue(listed, listed.contains("chen.guide") && !listed.contains("Daoban"));
        assertTrue(shell("hall:staff", "admin").contains("chen.guide"));
        assertTrue(shell("hall:staff-remove " + ADMIN, "admin").contains("最后一个大厅管理员"));

        String signIn = "{\"username\":\"chen.guide\",\"password\":\"Daoban-2026-x\"}";
        String cookie = anonymous("POST", "/api/v1/session", signIn).headers().get("Set-Cookie").get(0)
                .split(";")[0];
        Login guide = new Login(cookie, "");
        assertEquals(200, send("GET", "/api/v1/tickets", "", guide).status());
        assertError(send("GET", "/api/v1/cases", "", guide), 403, "forbidden");
        json(http("POST", "/api/v1/staff/chen.guide/roles", "{\"roles\":[\"guide\",\"clerk\"]}"), 201);
        assertError(send("GET", "/api/v1/tickets", "", guide), 401, "unauthenticated"); // new roles: sign in again
        Login again = new Login(anonymous("POST", "/api/v1/session", signIn).headers().get("Set-Cookie").get(0)
                .split(";")[0], "");
        assertEquals("now a clerk too", 200, send("GET", "/api/v1/cases", "", again).status());
        assertTrue(shell("hall:staff-remove chen.guide", "admin").contains("chen.guide"));
        assertError(send("GET", "/api/v1/tickets", "", again), 401, "unauthenticated");
        assertError(anonymous("POST", "/api/v1/session", signIn), 401, "unauthenticated");
        assertTrue(json(http("GET", "/api/v1/ledger?limit=10"), 200).toString().contains("STAFF_REMOVED"));

        JsonObject year = json(http("GET", "/api/v1/calendar?year=2026"), 200);
        assertEquals(248, year.get("workingDays").getAsInt());
        assertEquals("2026-01-04", year.getAsJsonArray("swappedWorkdays").get(0).getAsString());
        // 有综合窗口 is judged from the floor: a comprehensive counter staffed in the period
        assertTrue(Set.of(201, 409).contains(as(CLERK, "POST", "/api/v1/counters/1/sign-in", "{}").status()));
        JsonObject checklist = json(http("GET", "/api/v1/checklist"), 200);
        assertEquals(10, checklist.getAsJsonArray("items").size());
        for (JsonElement item : checklist.getAsJsonArray("items")) {
            JsonObject entry = item.getAsJsonObject();
            if (entry.get("code").getAsString().equals("window")) {
                assertTrue(entry.toString(), entry.get("met").getAsBoolean());
            }
            if (entry.get("code").getAsString().equals("signage")) {
                assertTrue(entry.toString(), !entry.get("met").getAsBoolean()
                        && entry.getAsJsonObject("evidence").get("zh").getAsString().contains("尚未登记"));
            }
        }
        assertError(as(CLERK, "GET", "/api/v1/checklist", ""), 403, "forbidden");
    }

    @Test
    public void anAccountChangedWithKarafsOwnCommandsReachesItsLiveSession() throws Exception {
        json(http("POST", "/api/v1/staff", "{\"user\":\"zhao.clerk\",\"password\":\"Chuangkou-2026\","
                + "\"roles\":[\"clerk\"]}"), 201);
        Login clerk = new Login(anonymous("POST", "/api/v1/session", "{\"username\":\"zhao.clerk\","
                + "\"password\":\"Chuangkou-2026\"}").headers().get("Set-Cookie").get(0).split(";")[0], "");
        assertEquals(200, send("GET", "/api/v1/cases", "", clerk).status());
        shell("jaas:realm-manage --realm karaf; jaas:role-delete zhao.clerk clerk; jaas:role-add zhao.clerk guide;"
                + " jaas:update", "admin");
        waitFor("the session to carry the new roles", () -> status("/api/v1/cases", clerk) == 403);
        assertEquals("a guide still sees the floor", 200, send("GET", "/api/v1/tickets", "", clerk).status());
        shell("jaas:realm-manage --realm karaf; jaas:user-delete zhao.clerk; jaas:update", "admin");
        waitFor("the session to end", () -> status("/api/v1/tickets", clerk) == 401);
    }

    private static int status(String path, Login login) {
        try {
            return send("GET", path, "", login).status();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void theAdminExportsTheLedgerOfARangeOfDaysAsCsvOrJsonLines() throws Exception {
        String number = json(as(CLERK, "POST", "/api/v1/applications", COMPANY), 201).get("number").getAsString();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String range = "from=" + today + "&to=" + today;

        Response csv = http("GET", "/api/v1/ledger/export?" + range);
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertEquals("attachment; filename=\"ledger-" + today + "_" + today + ".csv\"",
                csv.headers().get("Content-Disposition").get(0));
        String[] rows = csv.body().split("\r\n");
        assertTrue("a byte-order mark, so Excel reads UTF-8", rows[0].startsWith("\uFEFF序号 seq,时间 time"));
        assertTrue(csv.body(), csv.body().contains("," + number + ",") && csv.body().contains(",INTAKE_"));
        assertTrue("the ID number is masked in the export", !csv.body().contains("110101199003074514"));

        Response head = http("HEAD", "/api/v1/ledger/export?" + range);
        assertEquals(200, head.status());
        assertTrue(head.contentType().startsWith("text/csv") && head.body().isEmpty());

        Response lines = http("GET", "/api/v1/ledger/export?format=jsonl&" + range);
        assertEquals(200, lines.status());
        // oldest first by time, entries of one instant in the order they were written (a transaction that took its
        // time before another may be written after it: the background jobs run beside this test)
        Comparator<JsonObject> byTime = Comparator.comparing((JsonObject entry) -> Instant.parse(entry.get("time")
                .getAsString())).thenComparingLong(entry -> entry.get("sequence").getAsLong());
        JsonObject previous = null;
        for (String line : lines.body().split("\n")) {
            JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
            assertTrue("oldest first: " + previous + " then " + entry, previous == null
                    || byTime.compare(previous, entry) < 0);
            previous = entry;
        }
        assertEquals("one line per CSV row", rows.length - 1, lines.body().split("\n").length);

        assertEquals("to", assertError(http("GET", "/api/v1/ledger/export?from=" + today + "&to=2020-01-01"), 400,
                "invalid").get("field").getAsString());
        assertError(http("GET", "/api/v1/ledger/export?from=2020-01-01&to=" + today), 400, "invalid");
        assertEquals("from", assertError(http("GET", "/api/v1/ledger/export?from=yesterday&to=" + today), 400,
                "invalid").get("field").getAsString());
        assertEquals("format", assertError(http("GET", "/api/v1/ledger/export?format=xml&" + range), 400,
                "invalid").get("field").getAsString());
        assertError(as(CLERK, "GET", "/api/v1/ledger/export?" + range, ""), 403, "forbidden");
        assertError(anonymous("GET", "/api/v1/ledger/export?" + range, ""), 401, "unauthenticated");
    }
}
