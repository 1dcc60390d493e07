package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.util.List;

import javax.inject.Inject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.parkhall.api.Floor;
import org.parkhall.api.Priority;

/** 好差评 after a visit and for a case: one rating each, never changed; a bad one opens a rectification. */
public class RatingIT extends HallTestSupport {

    @Inject
    private Floor floor;

    @Test
    public void aBadRatingOfAVisitOpensARectificationThatAFollowUpCloses() throws Exception {
        floor.signIn(2, "周敏");
        String label = floor.issue("A", Priority.NONE, "kiosk").label();
        floor.callNext(2, "周敏");
        String rate = "{\"ticket\":\"" + label + "\",\"overall\":\"DISSATISFIED\",\"efficiency\":\"DISSATISFIED\","
                + "\"competence\":\"SATISFIED\",\"attitude\":\"BASICALLY_SATISFIED\",\"comment\":\"等候时间太长\"}";
        assertError(http("POST", "/api/v1/ratings", rate), 409, "illegal_action");
        floor.startService(2, "周敏");
        floor.finishService(2, List.of(), "周敏");

        JsonObject rating = json(http("POST", "/api/v1/ratings", rate), 201);
        assertEquals("不满意", rating.getAsJsonObject("overall").get("zh").getAsString());
        assertError(http("POST", "/api/v1/ratings", rate.replace("DISSATISFIED", "VERY_SATISFIED")), 409,
                "illegal_action");

        JsonArray open = json(http("GET", "/api/v1/rectifications?open=true"), 200).getAsJsonArray("rectifications");
        assertEquals(1, open.size());
        JsonObject rectification = open.get(0).getAsJsonObject();
        assertEquals("hall", rectification.get("department").getAsString());
        assertTrue(rectification.get("deadline").getAsString().compareTo(rating.get("ratedAt").getAsString()) > 0);
        long id = rectification.get("id").getAsLong();

        assertError(http("POST", "/api/v1/rectifications/" + id + "/follow-up", "{}"), 400, "invalid");
        JsonObject closed = json(http("POST", "/api/v1/rectifications/" + id + "/follow-up",
                "{\"note\":\"已电话回访，窗口增开，申请人表示理解\"}"), 201);
        assertEquals("已电话回访，窗口增开，申请人表示理解", closed.get("followUp").getAsString());
        assertEquals(0, json(http("GET", "/api/v1/rectifications?open=true"), 200).getAsJsonArray("rectifications")
                .size());
        assertError(http("POST", "/api/v1/rectifications/" + id + "/follow-up", "{\"note\":\"again\"}"), 409,
                "illegal_action");
        floor.signOut(2, "周敏");

        JsonObject hall = json(http("GET", "/api/v1/stats"), 200).getAsJsonObject("hall");
        assertTrue(hall.toString(), hall.get("issued").getAsInt() >= 1 && hall.get("served").getAsInt() >= 1);
        assertTrue(hall.get("ratings").getAsInt() >= 1);
        assertTrue("a dissatisfied rating pulls satisfaction below 100 %", hall.get("satisfaction").getAsDouble() < 1);
        String stats = shell("hall:stats", "admin");
        assertTrue(stats, stats.contains("全厅 hall") && stats.contains("队列 A") && stats.contains("窗口 2")
                && stats.contains("时段 ") && stats.contains("按时 on time"));
        assertTrue(json(http("GET", "/api/v1/stats"), 200).getAsJsonArray("hours").size() >= 1);
        assertError(http("GET", "/api/v1/stats?day=yesterday"), 400, "invalid");
    }

    @Test
    public void aCaseIsRatedOnceAndAGoodRatingOpensNothing() throws Exception {
        String number = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},"
                + "\"presented\":[\"application-form\",\"operator-id\",\"premises\"],\"facts\":{\"businessScope\":"
                + "\"零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201).get("number").getAsString();
        int before = json(http("GET", "/api/v1/rectifications"), 200).getAsJsonArray("rectifications").size();
        String rate = "{\"case\":\"" + number + "\",\"overall\":\"VERY_SATISFIED\",\"efficiency\":\"VERY_SATISFIED\","
                + "\"competence\":\"VERY_SATISFIED\",\"attitude\":\"VERY_SATISFIED\",\"phoneLastFour\":\"5678\"}";
        assertError(anonymous("POST", "/api/v1/ratings", rate.replace("5678", "1234")), 404, "not_found");
        assertEquals("amr", json(http("POST", "/api/v1/ratings", rate), 201).get("department").getAsString());
        assertError(http("POST", "/api/v1/ratings", rate), 409, "illegal_action");
        assertEquals(before, json(http("GET", "/api/v1/rectifications"), 200).getAsJsonArray("rectifications").size());
        assertError(http("POST", "/api/v1/ratings", "{\"overall\":\"SATISFIED\"}"), 400, "invalid");
    }
}
