package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.time.YearMonth;
import java.time.ZoneId;

import com.google.gson.JsonObject;

import org.junit.Test;

/**
 * The hall admin's monthly report: a visit served this month shows in the JSON, the CSV Excel opens and the shell's
 * table; a clerk, a visitor and a period that is no month or quarter are refused.
 */
public class ReportsIT extends HallTestSupport {

    @Test
    public void theMonthsReportCountsAVisitAndDownloadsForExcel() throws Exception {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        json(http("POST", "/api/v1/counters/1/sign-in", "{\"staff\":\"李娜\"}"), 201);
        json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201);
        json(http("POST", "/api/v1/counters/1/call-next", "{}"), 201);
        json(http("POST", "/api/v1/counters/1/start", "{}"), 201);
        json(http("POST", "/api/v1/counters/1/finish", "{}"), 201);

        String path = "/api/v1/reports?period=" + month;
        assertError(anonymous("GET", path, ""), 401, "unauthenticated");
        assertError(as(CLERK, "GET", path, ""), 403, "forbidden");
        JsonObject wrong = assertError(http("GET", "/api/v1/reports?period=2026-13"), 400, "invalid");
        assertEquals("period", wrong.get("field").getAsString());
        assertTrue(wrong.toString(), wrong.get("message").getAsString().contains("季度")
                && wrong.get("messageEn").getAsString().contains("quarter"));
        assertError(http("GET", "/api/v1/reports?period=" + YearMonth.parse(month).plusMonths(2)), 400, "invalid");

        JsonObject report = json(http("GET", path), 200);
        assertEquals(month, report.getAsJsonObject("period").get("code").getAsString());
        assertTrue(report.toString(), report.getAsJsonObject("hall").get("served").getAsInt() >= 1);
        assertTrue("counter 1 served it: " + report, report.getAsJsonArray("counters").toString()
                .contains("\"key\":\"1\""));

        String export = "/api/v1/reports/export?period=" + month;
        assertError(anonymous("GET", export, ""), 401, "unauthenticated");
        Response csv = http("GET", export);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue("a byte-order mark and the bilingual header", csv.body().startsWith("\uFEFF分组 section,对象 of,"));
        assertTrue("CRLF between rows", csv.body().contains("\r\n全厅 hall,hall,"));
        assertTrue(csv.body(), csv.body().contains("\r\n窗口 counter,1,"));

        String table = shell("hall:report -m " + month, "admin");
        assertTrue(table, table.contains("报表期 period " + month) && table.contains("全厅 hall")
                && table.contains("窗口 counters"));
        String refused = shell("hall:report -q 2026-Q5", "admin");
        assertTrue(refused, refused.contains("无法生成报表 / no report"));
    }
}
