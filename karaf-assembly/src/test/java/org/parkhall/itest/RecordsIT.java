package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.Test;

/**
 * The special windows' work as records with owners and deadlines: a complaint taken on the hotline and followed by
 * the complainant with its query code, a could-not-get-it-done report through its progress reply, reply and call
 * back, a consultation in one call, an assisted service counted per staff member, an enterprise's on-site request
 * from the public pages scheduled by the hall admin, and the topic ledger as a download. Approvers, visitors and
 * clerks are refused what is not theirs.
 */
public class RecordsIT extends HallTestSupport {
    private static final String PHONE = "13912345678";
    private static final String PERSON = "{\"kind\":\"PERSON\",\"name\":\"赵六\",\"phone\":\"" + PHONE + "\"}";
    private static final String ENTERPRISE = "{\"kind\":\"ENTERPRISE\",\"idNumber\":\"91350100M000100Y43\","
            + "\"name\":\"园区某科技有限公司\",\"phone\":\"04717654321\"}";

    @Test
    public void aComplaintIsNumberedHandledAndFollowedByTheComplainantWithItsProofAlone() throws Exception {
        String complaint = "{\"kind\":\"COMPLAINT\",\"channel\":\"HOTLINE\",\"party\":" + PERSON + ","
                + "\"concerns\":{\"target\":\"COUNTER\",\"reference\":\"3\"},\"matter\":\"3号窗口让我跑了三次\"}";
        assertError(anonymous("POST", "/api/v1/records", complaint), 401, "unauthenticated");
        assertError(as(APPROVER, "POST", "/api/v1/records", complaint), 403, "forbidden");
        JsonObject missing = assertError(as(CLERK, "POST", "/api/v1/records", complaint.replace(
                "\"concerns\":{\"target\":\"COUNTER\",\"reference\":\"3\"},", "")), 400, "invalid");
        assertEquals("concerns", missing.get("field").getAsString());
        assertError(as(CLERK, "POST", "/api/v1/records", complaint.replace(PHONE, "12345")), 400, "invalid");

        JsonObject opened = json(as(CLERK, "POST", "/api/v1/records", complaint), 201);
        JsonObject record = opened.getAsJsonObject("record");
        String number = record.get("number").getAsString();
        String code = opened.get("queryCode").getAsString();
        assertTrue(number, number.matches("TS\\d{8}\\d{4}"));
        assertTrue(code.matches("\\d{8}"));
        assertEquals(CLERK, record.get("firstOwner").getAsString());
        assertTrue("due in working days", record.get("finalDue").getAsString().compareTo(today()) > 0);

        String followed = "/api/v1/public/records/" + number + "?queryCode=";
        JsonObject seen = json(anonymous("GET", followed + code, ""), 200);
        assertEquals("OPEN", seen.get("state").getAsString());
        assertFalse("the public page names no one: " + seen, seen.toString().contains("赵六")
                || seen.toString().contains(PHONE) || seen.toString().contains(CLERK));
        assertError(anonymous("GET", followed + (code.equals("12345678") ? "87654321" : "12345678"), ""), 404,
                "not_found");

        String steps = "/api/v1/records/" + number + "/steps";
        assertError(anonymous("POST", steps, "{\"action\":\"NOTE\",\"note\":\"x\"}"), 401, "unauthenticated");
        assertError(as(CLERK, "POST", steps, "{\"action\":\"CALL_BACK\",\"note\":\"满意\"}"), 409, "illegal_action");
        json(as(CLERK, "POST", steps, "{\"action\":\"NOTE\",\"note\":\"调取窗口录像，约谈窗口人员\"}"), 201);
        JsonObject replied = json(as(CLERK, "POST", steps, "{\"action\":\"REPLY\",\"note\":\"已批评教育，当场补办\"}"),
                201);
        assertEquals("REPLIED", replied.get("state").getAsString());
        assertEquals("已批评教育，当场补办", json(anonymous("GET", followed + code, ""), 200).get("outcome").getAsString());
        JsonObject closed = json(as(CLERK, "POST", steps, "{\"action\":\"CALL_BACK\",\"note\":\"投诉人表示满意\"}"), 201);
        assertEquals("CLOSED", closed.get("state").getAsString());
        assertEquals(4, closed.getAsJsonArray("steps").size());

        JsonObject desk = json(as(CLERK, "GET", "/api/v1/records/" + number, ""), 200);
        assertEquals(PHONE, desk.getAsJsonObject("party").get("phone").getAsString());
        assertError(anonymous("GET", "/api/v1/records/" + number, ""), 401, "unauthenticated");
        String list = as(CLERK, "GET", "/api/v1/records?kind=COMPLAINT", "").body();
        assertTrue(list, list.contains(number) && list.contains("139****5678") && !list.contains(PHONE));
        assertError(anonymous("GET", "/api/v1/records", ""), 401, "unauthenticated");

        String ledger = json(http("GET", "/api/v1/ledger?limit=100"), 200).toString();
        assertTrue("the reply is where a notice to the complainant would go out",
                ledger.contains("RECORD_REPLY") && ledger.contains("专项工作记录：答复办结"));
        assertFalse("the ledger holds no phone", ledger.contains(PHONE));
    }

    @Test
    public void aComplexReportTakesItsStepsAndTheTopicLedgerDownloadsForExcel() throws Exception {
        String report = "{\"kind\":\"UNRESOLVED\",\"channel\":\"WINDOW\",\"recordClass\":\"COMPLEX\",\"party\":" + PERSON
                + ",\"itemCodes\":[\"AMR-001\"],\"matter\":\"跨部门材料要求不一致，无法办理\"}";
        JsonObject record = json(as(CLERK, "POST", "/api/v1/records", report), 201).getAsJsonObject("record");
        assertFalse("a report gives no query code", record.has("queryCode"));
        String number = record.get("number").getAsString();
        assertTrue(record.get("progressDue").getAsString().compareTo(record.get("finalDue").getAsString()) < 0);
        String steps = "/api/v1/records/" + number + "/steps";
        json(as(CLERK, "POST", steps, "{\"action\":\"PROGRESS_REPLY\",\"note\":\"已协调两部门\"}"), 201);
        assertError(as(CLERK, "POST", steps, "{\"action\":\"PROGRESS_REPLY\",\"note\":\"again\"}"), 409,
                "illegal_action");
        assertError(as(CLERK, "POST", steps, "{\"action\":\"ASSIGN\",\"note\":\"x\"}"), 400, "invalid");

        assertError(as(CLERK, "POST", "/api/v1/records/" + number + "/assign", "{\"owner\":\"" + CLERK + "\"}"), 403,
                "forbidden");
        assertError(anonymous("POST", "/api/v1/records/" + number + "/assign", "{}"), 401, "unauthenticated");
        assertError(http("POST", "/api/v1/records/" + number + "/assign", "{\"owner\":\"nobody\"}"), 400, "invalid");
        assertEquals(APPROVER, json(http("POST", "/api/v1/records/" + number + "/assign",
                "{\"owner\":\"" + APPROVER + "\"}"), 201).get("owner").getAsString());

        assertError(as(CLERK, "GET", "/api/v1/records/overdue", ""), 403, "forbidden");
        assertError(anonymous("GET", "/api/v1/records/overdue", ""), 401, "unauthenticated");
        JsonArray overdue = json(http("GET", "/api/v1/records/overdue"), 200).getAsJsonArray("records");
        assertFalse("nothing is overdue on its first day", overdue.toString().contains(number));
        String shellOverdue = shell("hall:records overdue", "admin");
        assertTrue(shellOverdue, shellOverdue.contains("record(s)"));
        String shellList = shell("hall:records -k UNRESOLVED", "admin");
        assertTrue(shellList, shellList.contains(number) && shellList.contains("办不成事反映")
                && !shellList.contains(PHONE));
        String shellRecord = shell("hall:record " + number, "admin");
        assertTrue(shellRecord, shellRecord.contains("进度答复") && shellRecord.contains(APPROVER));

        assertError(as(CLERK, "GET", "/api/v1/records/export?kind=UNRESOLVED", ""), 403, "forbidden");
        assertError(anonymous("GET", "/api/v1/records/export", ""), 401, "unauthenticated");
        assertError(http("GET", "/api/v1/records/export?kind=NONSENSE"), 400, "invalid");
        Response csv = http("GET", "/api/v1/records/export?kind=UNRESOLVED&from=" + today() + "&to=" + today());
        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue("a byte-order mark for Excel", csv.body().startsWith("\uFEFF编号 number"));
        assertTrue(csv.body(), csv.body().contains(number) && csv.body().contains("复杂")
                && csv.body().contains("139****5678") && !csv.body().contains(PHONE));
    }

    @Test
    public void aConsultationIsOneCallAndAssistedServicesAreCountedPerStaffMember() throws Exception {
        JsonObject consultation = json(as(CLERK, "POST", "/api/v1/records", "{\"kind\":\"CONSULTATION\","
                + "\"channel\":\"WINDOW\",\"itemCodes\":[\"TAX-001\"],\"matter\":\"发票怎么领？\","
                + "\"referredTo\":\"税务窗口\"}"), 201).getAsJsonObject("record");
        assertEquals("CLOSED", consultation.get("state").getAsString());
        assertEquals(CLERK, consultation.get("firstOwner").getAsString());

        String assisted = "{\"kind\":\"ASSISTED\",\"channel\":\"WINDOW\",\"party\":" + ENTERPRISE + ","
                + "\"itemCodes\":[\"AMR-001\"],\"matter\":\"代为填写并提交变更登记\",\"authorisation\":\"授权委托书\"}";
        assertError(as(CLERK, "POST", "/api/v1/records", assisted.replace("授权委托书", "")), 400, "invalid");
        String number = json(as(CLERK, "POST", "/api/v1/records", assisted), 201).getAsJsonObject("record")
                .get("number").getAsString();
        json(as(CLERK, "POST", "/api/v1/records/" + number + "/steps", "{\"action\":\"REPLY\",\"note\":\"已提交\"}"),
                201);
        assertEquals("CLOSED", json(as(CLERK, "GET", "/api/v1/records/" + number, ""), 200).get("state")
                .getAsString());

        assertError(as(CLERK, "GET", "/api/v1/records/per-staff?from=" + today() + "&to=" + today(), ""), 403,
                "forbidden");
        assertError(anonymous("GET", "/api/v1/records/per-staff", ""), 401, "unauthenticated");
        JsonArray counts = json(http("GET", "/api/v1/records/per-staff?kind=ASSISTED&from=" + today() + "&to="
                + today()), 200).getAsJsonArray("counts");
        assertEquals(counts.toString(), 1, counts.size());
        assertEquals(CLERK, counts.get(0).getAsJsonObject().get("staff").getAsString());
        assertEquals(1, counts.get(0).getAsJsonObject().get("records").getAsInt());
    }

    @Test
    public void anEnterpriseAsksOnlineForOnSiteServiceTheAdminSchedulesItAndTheRequestsAreThrottled()
            throws Exception {
        String request = "{\"party\":" + ENTERPRISE + ",\"address\":\"园区创业大道1号\",\"matter\":\"新员工社保登记\"}";
        assertError(anonymous("POST", "/api/v1/public/onsite", request.replace("ENTERPRISE", "PERSON")), 400,
                "invalid");
        JsonObject asked = json(anonymous("POST", "/api/v1/public/onsite", request), 201);
        String number = asked.getAsJsonObject("record").get("number").getAsString();
        String code = asked.get("queryCode").getAsString();
        assertTrue(number, number.startsWith("SM"));
        assertFalse("the answer names no one", asked.toString().contains("园区某科技"));

        String schedule = "/api/v1/records/" + number + "/schedule";
        assertError(as(CLERK, "POST", "/api/v1/records/" + number + "/steps",
                "{\"action\":\"REPLY\",\"note\":\"已上门\"}"), 409, "illegal_action");
        assertError(as(CLERK, "POST", schedule, "{\"day\":\"" + today() + "\",\"owner\":\"" + CLERK + "\"}"), 403,
                "forbidden");
        assertError(anonymous("POST", schedule, "{}"), 401, "unauthenticated");
        assertError(http("POST", schedule, "{\"day\":\"2000-01-03\",\"owner\":\"" + CLERK + "\"}"), 400, "invalid");
        LocalDate visit = nextWeekday();
        JsonObject scheduled = json(http("POST", schedule, "{\"day\":\"" + visit + "\",\"owner\":\"" + CLERK + "\"}"),
                201);
        assertEquals(CLERK, scheduled.get("owner").getAsString());
        assertEquals(CLERK, scheduled.get("firstOwner").getAsString());
        JsonObject done = json(as(CLERK, "POST", "/api/v1/records/" + number + "/steps",
                "{\"action\":\"REPLY\",\"note\":\"已上门办理3人参保登记\"}"), 201);
        assertEquals("CLOSED", done.get("state").getAsString());
        JsonObject followed = json(anonymous("GET", "/api/v1/public/records/" + number + "?queryCode=" + code, ""),
                200);
        assertEquals(visit.toString(), followed.get("scheduledOn").getAsString());

        json(anonymous("POST", "/api/v1/public/onsite", request), 201);
        json(anonymous("POST", "/api/v1/public/onsite", request), 201);
        assertError(anonymous("POST", "/api/v1/public/onsite", request), 429, "too_many_attempts");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** The next day from Monday to Thursday (not a public holiday in the weeks this is run; a holiday there fails it). */
    private static LocalDate nextWeekday() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        while (List.of(5, 6, 7).contains(day.getDayOfWeek().getValue())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
