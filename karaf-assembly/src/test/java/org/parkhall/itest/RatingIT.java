package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.osgi.framework.ServiceReference;
import org.parkhall.api.Floor;
import org.parkhall.api.Priority;
import org.parkhall.api.Ratings;

/**
 * 好差评 after a visit, on the rating pad of the counter that served it, and for a case by its applicant: one rating
 * each, never changed; a bad one opens a rectification. Nobody else rates: not a passer-by without the pad, not a
 * clerk, not with a used, expired or another counter's token.
 */
public class RatingIT extends HallTestSupport {
    private static final String LEVELS = "\"overall\":\"DISSATISFIED\",\"efficiency\":\"DISSATISFIED\","
            + "\"competence\":\"SATISFIED\",\"attitude\":\"BASICALLY_SATISFIED\",\"comment\":\"等候时间太长\"";

    @Inject
    private Floor floor;

    @Test
    public void aVisitIsRatedOnceOnItsCountersPadAndABadRatingOpensARectificationThatAFollowUpCloses()
            throws Exception {
        Login pad = pairPad(2);
        Login clerkAtThePad = new Login(login(CLERK).cookie() + "; " + pad.cookie(), login(CLERK).csrfToken());
        floor.signIn(2, "周敏");
        String label = floor.issue("A", Priority.NONE, "kiosk").label();
        floor.callNext(2, "周敏");
        JsonObject serving = json(send("GET", "/api/v1/rate/2", "", pad), 200);
        assertFalse("no public answer names who serves at the counter: " + serving,
                serving.has("staff") || serving.toString().contains("周敏"));
        assertFalse("nothing to rate before the service finishes", serving.has("ticket"));
        floor.startService(2, "周敏");
        floor.finishService(2, List.of(), "周敏");

        JsonObject passerBy = json(anonymous("GET", "/api/v1/rate/2", ""), 200);
        assertFalse(passerBy.get("paired").getAsBoolean());
        assertFalse("no visit nor token without the pad: " + passerBy, passerBy.has("ticket") || passerBy.has("token"));
        JsonObject asked = json(send("GET", "/api/v1/rate/2", "", pad), 200);
        assertTrue(asked.get("paired").getAsBoolean());
        assertEquals(label, asked.get("ticket").getAsString());
        String rate = "{\"ticket\":\"" + label + "\",\"token\":\"" + asked.get("token").getAsString() + "\","
                + LEVELS + "}";

        assertError(anonymous("POST", "/api/v1/ratings", rate), 403, "pad_not_paired");
        assertError(send("POST", "/api/v1/ratings", rate, clerkAtThePad), 403, "forbidden");
        assertError(http("POST", "/api/v1/ratings", rate), 403, "forbidden");
        assertError(send("POST", "/api/v1/ratings", "{\"ticket\":\"" + label + "\"," + LEVELS + "}", pad), 409,
                "illegal_action");
        JsonObject rating = json(send("POST", "/api/v1/ratings", rate, pad), 201);
        assertEquals("不满意", rating.getAsJsonObject("overall").get("zh").getAsString());
        JsonObject again = assertError(send("POST", "/api/v1/ratings", rate.replace("DISSATISFIED", "VERY_SATISFIED"),
                pad), 409, "illegal_action");
        assertTrue(again.toString(), again.get("message").getAsString().contains("已评价"));
        assertFalse("a rated visit is not asked about again", json(send("GET", "/api/v1/rate/2", "", pad), 200)
                .has("ticket"));

        JsonArray open = json(http("GET", "/api/v1/rectifications?open=true"), 200).getAsJsonArray("rectifications");
        assertEquals(1, open.size());
        JsonObject rectification = open.get(0).getAsJsonObject();
        assertEquals("hall", rectification.get("department").getAsString());
        assertTrue(rectification.get("deadline").getAsString().compareTo(rating.get("ratedAt").getAsString()) > 0);
        long id = rectification.get("id").getAsLong();

        json(http("POST", "/api/v1/rectifications/" + id + "/record",
                "{\"kind\":\"IMMEDIATE\",\"measures\":\"高峰时段增开窗口\"}"), 201);
        assertError(http("POST", "/api/v1/rectifications/" + id + "/follow-up", "{}"), 400, "invalid");
        JsonObject closed = json(http("POST", "/api/v1/rectifications/" + id + "/follow-up",
                "{\"result\":\"SATISFIED\",\"note\":\"已电话回访，窗口增开，申请人表示理解\"}"), 201);
        assertEquals("已电话回访，窗口增开，申请人表示理解", closed.get("followUp").getAsString());
        assertEquals(0, json(http("GET", "/api/v1/rectifications?open=true"), 200).getAsJsonArray("rectifications")
                .size());
        assertError(http("POST", "/api/v1/rectifications/" + id + "/follow-up",
                "{\"result\":\"SATISFIED\",\"note\":\"again\"}"), 409,
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
    public void aPadIsPairedOnceWithACodeAndUnpairedByTheAdmin() throws Exception {
        String code = json(http("POST", "/api/v1/rating-pads/4/pairing-code", "{}"), 201).get("code").getAsString();
        assertError(as(CLERK, "POST", "/api/v1/rating-pads/4/pairing-code", "{}"), 403, "forbidden");
        assertError(anonymous("GET", "/api/v1/rating-pads", ""), 401, "unauthenticated");
        assertError(anonymous("POST", "/api/v1/rating-pads/4/pair", "{\"code\":\"" + wrong(code) + "\"}"), 404,
                "not_found");
        Response paired = anonymous("POST", "/api/v1/rating-pads/4/pair", "{\"code\":\"" + code + "\"}");
        String cookie = padCookie(paired);
        assertFalse("the secret travels only in the cookie", paired.body().contains(cookie.split("=", 2)[1]));
        assertError(anonymous("POST", "/api/v1/rating-pads/4/pair", "{\"code\":\"" + code + "\"}"), 404, "not_found");
        assertTrue(json(send("GET", "/api/v1/rate/4", "", new Login(cookie, "")), 200).get("paired").getAsBoolean());
        assertTrue(StreamSupport.stream(json(http("GET", "/api/v1/rating-pads"), 200).getAsJsonArray("pads")
                .spliterator(), false).map(JsonElement::getAsJsonObject).anyMatch(listed -> listed.get("counter")
                .getAsInt() == 4 && listed.has("pairedAt")));

        String printed = shell("hall:rating-pad 4 pair", "admin");
        String shellCode = printed.replaceAll("(?s).*: (\\d{8}).*", "$1");
        assertTrue(printed, shellCode.matches("\\d{8}"));
        String replacement = padCookie(anonymous("POST", "/api/v1/rating-pads/4/pair",
                "{\"code\":\"" + shellCode + "\"}"));
        assertFalse("pairing again retires the old pad", json(send("GET", "/api/v1/rate/4", "", new Login(cookie, "")),
                200).get("paired").getAsBoolean());

        json(http("POST", "/api/v1/rating-pads/4/unpair", "{}"), 201);
        assertFalse(json(send("GET", "/api/v1/rate/4", "", new Login(replacement, "")), 200).get("paired")
                .getAsBoolean());
        String ledger = json(http("GET", "/api/v1/ledger?limit=50"), 200).toString();
        assertTrue(ledger, ledger.contains("RATING_PAD_CODE_ISSUED") && ledger.contains("RATING_PAD_PAIRED")
                && ledger.contains("RATING_PAD_UNPAIRED"));
        assertFalse("the ledger never shows a pairing code", ledger.contains(code) || ledger.contains(shellCode));
    }

    @Test
    public void anotherCountersTokenAndAnExpiredTokenRateNothing() throws Exception {
        Login pad3 = pairPad(3);
        Login pad4 = pairPad(4);
        String label = serve(3);
        String token = json(send("GET", "/api/v1/rate/3", "", pad3), 200).get("token").getAsString();
        String rate = "{\"ticket\":\"" + label + "\",\"token\":\"" + token + "\"," + LEVELS + "}";
        JsonObject foreign = assertError(send("POST", "/api/v1/ratings", rate, pad4), 409, "illegal_action");
        assertTrue(foreign.toString(), foreign.get("message").getAsString().contains("不是在该窗口"));

        shell("config:property-set -p org.parkhall.ratings ratingWindowSeconds 2", "admin", "manager");
        try {
            waitFor("a rating window of two seconds", () -> "2".equals(ratingsProperty()) && padAnswer(pad3) != null);
            String late = serve(3);
            JsonObject[] asked = new JsonObject[1];
            waitFor("the pad to be asked about " + late, () -> {
                asked[0] = padAnswer(pad3);
                return asked[0] != null && asked[0].has("ticket") && late.equals(asked[0].get("ticket").getAsString());
            });
            Instant expiresAt = Instant.parse(asked[0].get("expiresAt").getAsString());
            waitFor("the rating window to pass", () -> Instant.now().isAfter(expiresAt.plus(Duration.ofMillis(50))));
            JsonObject expired = assertError(send("POST", "/api/v1/ratings", "{\"ticket\":\"" + late
                    + "\",\"token\":\"" + asked[0].get("token").getAsString() + "\"," + LEVELS + "}", pad3), 409,
                    "illegal_action");
            assertTrue(expired.toString(), expired.get("message").getAsString().contains("评价时间已过"));
            assertFalse(json(send("GET", "/api/v1/rate/3", "", pad3), 200).has("ticket"));
        } finally {
            shell("config:property-delete -p org.parkhall.ratings ratingWindowSeconds", "admin", "manager");
            waitFor("the rating window as shipped", () -> "300".equals(ratingsProperty()) && padAnswer(pad3) != null);
        }
    }

    @Test
    public void aCaseIsRatedOnceByItsApplicantAndAGoodRatingOpensNothing() throws Exception {
        JsonObject file = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},"
                + "\"presented\":[\"application-form\",\"operator-id\",\"premises\"],\"facts\":{\"businessScope\":"
                + "\"零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        String number = file.get("number").getAsString();
        String code = file.get("queryCode").getAsString();
        int before = json(http("GET", "/api/v1/rectifications"), 200).getAsJsonArray("rectifications").size();
        String rate = "{\"case\":\"" + number + "\",\"overall\":\"VERY_SATISFIED\",\"efficiency\":\"VERY_SATISFIED\","
                + "\"competence\":\"VERY_SATISFIED\",\"attitude\":\"VERY_SATISFIED\",\"queryCode\":\"" + code + "\"}";
        assertError(anonymous("POST", "/api/v1/ratings", rate.replace(code, AppointmentIT.otherThan(code))), 404,
                "not_found");
        assertError(as(CLERK, "POST", "/api/v1/ratings", rate), 403, "forbidden");
        assertEquals("amr", json(anonymous("POST", "/api/v1/ratings", rate), 201).get("department").getAsString());
        assertError(anonymous("POST", "/api/v1/ratings", rate), 409, "illegal_action");
        assertEquals(before, json(http("GET", "/api/v1/rectifications"), 200).getAsJsonArray("rectifications").size());
        assertError(anonymous("POST", "/api/v1/ratings", "{\"overall\":\"SATISFIED\"}"), 400, "invalid");
    }

    /** Pairs a pad for the counter as the hall admin and the pad would: the pad's cookie. */
    private static Login pairPad(int counter) throws Exception {
        String code = json(http("POST", "/api/v1/rating-pads/" + counter + "/pairing-code", "{}"), 201).get("code")
                .getAsString();
        return new Login(padCookie(anonymous("POST", "/api/v1/rating-pads/" + counter + "/pair",
                "{\"code\":\"" + code + "\"}")), "");
    }

    /** The pad cookie a pairing set, checked for the attributes that keep it the pad's alone. */
    private static String padCookie(Response paired) {
        json(paired, 201);
        String header = paired.headers().getOrDefault("Set-Cookie", List.of()).stream()
                .filter(value -> value.startsWith("PARKHALL_PAD=")).findFirst()
                .orElseThrow(() -> new AssertionError("no pad cookie: " + paired.headers()));
        assertTrue(header, header.contains("; HttpOnly") && header.contains("; SameSite=Strict")
                && header.contains("; Path=/api/v1;"));
        return header.split(";")[0];
    }

    /** Serves one new ticket to the end at the counter: its label. */
    private String serve(int counter) {
        floor.signIn(counter, "周敏");
        String label = floor.issue("A", Priority.NONE, "kiosk").label();
        floor.callNext(counter, "周敏");
        floor.startService(counter, "周敏");
        floor.finishService(counter, List.of(), "周敏");
        floor.signOut(counter, "周敏");
        return label;
    }

    /** What the pad of counter 3 sees, or null while the ratings restart. */
    private static JsonObject padAnswer(Login pad) {
        try {
            Response answer = send("GET", "/api/v1/rate/3", "", pad);
            return answer.status() == 200 ? json(answer, 200) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The rating window the ratings run with now (their service carries their configuration), null while away. */
    private String ratingsProperty() {
        ServiceReference<Ratings> reference = bundleContext.getServiceReference(Ratings.class);
        return reference == null ? null : Objects.toString(reference.getProperty("ratingWindowSeconds"));
    }

    private static String wrong(String code) {
        return code.equals("00000000") ? "11111111" : "00000000";
    }
}
