package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.util.List;
import java.util.stream.StreamSupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;

/**
 * 差评整改 as the department lives it: an applicant rates an AMR case very dissatisfied with reasons tapped; AMR's own
 * staff (and nobody else below the hall admin) see it, record how it is put right and call back; they appeal another
 * as malicious, and the hall admin upholds the appeal, which takes the rating out of the satisfaction figures.
 */
public class BadRatingIT extends HallTestSupport {
    private static final String TAX_INVOICES = "{\"itemCode\":\"TAX-INV-01\",\"applicant\":{\"kind\":\"ENTERPRISE\","
            + "\"idNumber\":\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},"
            + "\"presented\":[\"application-form\",\"business-licence\",\"handler-id\"],\"facts\":{\"invoiceTypes\":"
            + "\"数电发票（普通发票）\",\"realNameVerified\":\"true\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";

    @Test
    public void theDepartmentAnswersItsBadRatingsAndTheHallAdminDecidesTheirAppeal() throws Exception {
        int ratedBefore = hallRatings();
        JsonObject rectification = rateBadly(amrCase());
        long id = rectification.get("id").getAsLong();
        JsonObject rating = rectification.getAsJsonObject("rating");
        assertEquals("GB/T 39734-2020", rating.get("indicatorSet").getAsString());
        assertEquals("ONLINE", rating.getAsJsonObject("channel").get("code").getAsString());
        assertEquals("[\"AMR-REG-02\"]", rating.getAsJsonArray("items").toString());
        assertEquals("the clerk who took the case in", CLERK, rating.get("staff").getAsString());
        assertTrue(rating.toString(), rating.getAsJsonArray("reasons").toString().contains("\"WAIT\""));
        assertEquals(hallRatings(), ratedBefore + 1);

        String path = "/api/v1/rectifications/" + id;
        for (String route : new String[] {"GET /api/v1/rectifications", "POST " + path + "/record",
                "POST " + path + "/follow-up", "POST " + path + "/appeal", "GET /api/v1/rating-appeals",
                "POST /api/v1/rating-appeals/1/decision"}) {
            String[] call = route.split(" ");
            assertError(anonymous(call[0], call[1], "{}"), 401, "unauthenticated");
        }
        assertError(as(CLERK, "GET", "/api/v1/rectifications", ""), 403, "forbidden");
        assertError(as(CLERK, "POST", path + "/record", "{\"kind\":\"IMMEDIATE\",\"measures\":\"x\"}"), 403,
                "forbidden");
        assertError(as(APPROVER, "POST", path + "/follow-up", "{\"result\":\"SATISFIED\",\"note\":\"已回访\"}"), 409,
                "illegal_action");
        assertError(as(APPROVER, "POST", path + "/record", "{\"kind\":\"BY_DEADLINE\",\"measures\":\"增开窗口\"}"),
                400, "invalid");
        assertError(as(APPROVER, "POST", path + "/record", "{\"kind\":\"SOMEDAY\",\"measures\":\"增开窗口\"}"),
                400, "invalid");
        JsonObject answered = json(as(APPROVER, "POST", path + "/record",
                "{\"kind\":\"IMMEDIATE\",\"measures\":\"当日为申请人补办并致歉\"}"), 201);
        assertEquals("立行立改", answered.getAsJsonObject("kind").get("zh").getAsString());
        JsonObject closed = json(as(APPROVER, "POST", path + "/follow-up",
                "{\"result\":\"SATISFIED\",\"note\":\"电话回访，申请人表示满意\"}"), 201);
        assertEquals("SATISFIED", closed.getAsJsonObject("callbackResult").get("code").getAsString());
        assertFalse(listed(APPROVER, "?open=true").contains(id));

        long taxRectification = rateBadly(taxCase()).get("id").getAsLong();
        assertFalse("AMR's staff see AMR's alone", listed(APPROVER, "").contains(taxRectification));
        assertError(as(APPROVER, "POST", "/api/v1/rectifications/" + taxRectification + "/record",
                "{\"kind\":\"IMMEDIATE\",\"measures\":\"x\"}"), 404, "not_found");
        assertTrue("the hall admin sees every department's", listed(ADMIN, "").contains(taxRectification));

        long appealed = rateBadly(amrCase()).get("id").getAsLong();
        String appeal = "/api/v1/rectifications/" + appealed + "/appeal";
        assertError(as(APPROVER, "POST", appeal, "{\"ground\":\"MALICIOUS\"}"), 400, "invalid");
        JsonObject filed = json(as(APPROVER, "POST", appeal,
                "{\"ground\":\"MALICIOUS\",\"statement\":\"评价人当场声称未获违规办理即给差评，有同步录音\"}"), 201);
        assertError(as(APPROVER, "POST", appeal, "{\"ground\":\"MISTAKEN\",\"statement\":\"再次申诉\"}"), 409,
                "illegal_action");
        assertTrue(json(http("GET", "/api/v1/rating-appeals?pending=true"), 200).getAsJsonArray("appeals").toString()
                .contains("\"id\":" + filed.get("id").getAsLong()));
        String decision = "/api/v1/rating-appeals/" + filed.get("id").getAsLong() + "/decision";
        assertError(as(APPROVER, "GET", "/api/v1/rating-appeals", ""), 403, "forbidden");
        assertError(as(APPROVER, "POST", decision, "{\"decision\":\"UPHELD\",\"note\":\"自己裁定\"}"), 403,
                "forbidden");
        assertError(http("POST", decision, "{\"decision\":\"MAYBE\",\"note\":\"录音属实\"}"), 400, "invalid");
        int beforeDecision = hallRatings();
        JsonObject upheld = json(http("POST", decision, "{\"decision\":\"UPHELD\",\"note\":\"录音属实，申诉成立\"}"), 201);
        assertTrue(upheld.get("upheld").getAsBoolean());
        assertEquals("an upheld appeal takes the rating out of the figures", beforeDecision - 1, hallRatings());
        assertFalse("and closes its rectification", listed(ADMIN, "?open=true").contains(appealed));

        String shell = shell("hall:rectifications -a", "admin");
        assertTrue(shell, shell.contains("申诉成立 appeal upheld") && shell.contains("已回访 followed up"));
        assertTrue(shell("hall:rating-appeals", "admin").contains("成立 upheld"));
        String ledger = json(http("GET", "/api/v1/ledger?limit=100"), 200).toString();
        assertTrue(ledger, ledger.contains("RECTIFICATION_RECORDED") && ledger.contains("RATING_APPEALED")
                && ledger.contains("RATING_APPEAL_UPHELD"));
    }

    /** The case's applicant rates it very dissatisfied, tapping two reasons: the rectification it opened. */
    private static JsonObject rateBadly(JsonObject file) throws Exception {
        String number = file.get("number").getAsString();
        json(anonymous("POST", "/api/v1/ratings", "{\"case\":\"" + number + "\",\"queryCode\":\""
                + file.get("queryCode").getAsString() + "\",\"overall\":\"VERY_DISSATISFIED\",\"efficiency\":"
                + "\"DISSATISFIED\",\"competence\":\"SATISFIED\",\"attitude\":\"DISSATISFIED\",\"reasons\":[\"WAIT\","
                + "\"AGAIN\"],\"indicatorSet\":\"GB/T 39734-2020\"}"), 201);
        return StreamSupport.stream(json(http("GET", "/api/v1/rectifications?open=true"), 200)
                .getAsJsonArray("rectifications").spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(found -> found.getAsJsonObject("rating").get("subject").getAsString().equals("case:" + number))
                .findFirst().orElseThrow(() -> new AssertionError("no rectification for " + number));
    }

    private static JsonObject amrCase() throws Exception {
        return json(as(CLERK, "POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},"
                + "\"presented\":[\"application-form\",\"operator-id\",\"premises\"],\"facts\":{\"businessScope\":"
                + "\"零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
    }

    private static JsonObject taxCase() throws Exception {
        return json(as(CLERK, "POST", "/api/v1/applications", TAX_INVOICES), 201);
    }

    /** The ids of the rectifications {@code user} is shown. */
    private static List<Long> listed(String user, String query) throws Exception {
        JsonArray found = json(as(user, "GET", "/api/v1/rectifications" + query, ""), 200)
                .getAsJsonArray("rectifications");
        return StreamSupport.stream(found.spliterator(), false)
                .map(element -> element.getAsJsonObject().get("id").getAsLong()).toList();
    }

    private static int hallRatings() throws Exception {
        return json(http("GET", "/api/v1/stats"), 200).getAsJsonObject("hall").get("ratings").getAsInt();
    }
}
