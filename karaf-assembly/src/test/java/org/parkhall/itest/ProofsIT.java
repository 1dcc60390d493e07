package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;


import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;

/**
 * An applicant follows a case with the query code from the receipt; a stranger who knows the case number guesses
 * codes and is stopped, and nothing public gives the code (or the phone, or the name) away.
 */
public class ProofsIT extends HallTestSupport {

    @Test
    public void theApplicantFollowsTheCaseWithTheCodeAndAGuesserIsStopped() throws Exception {
        JsonObject file = json(as(CLERK, "POST", "/api/v1/applications", AccessIT.COMPANY), 201);
        String number = file.get("number").getAsString();
        String code = file.get("queryCode").getAsString();
        assertTrue(code, code.matches("\\d{8}"));

        JsonObject status = json(anonymous("GET", "/api/v1/public/cases/" + number + "?queryCode=" + code, ""), 200);
        assertEquals(number, status.get("number").getAsString());
        // not even the masked phone ("5678" alone also turns up in the microseconds of a time now and then)
        for (String personal : new String[] {"张三", "13812345678", "****5678", "110101199003074514", "applicant"}) {
            assertFalse(personal + " in " + status, status.toString().contains(personal));
        }
        assertError(anonymous("GET", "/api/v1/public/cases/" + number + "?queryCode=5678", ""), 400, "invalid");

        for (int guess = 1; guess <= 5; guess++) {
            String wrong = code.substring(0, 7) + (code.charAt(7) - '0' + guess) % 10;
            assertError(anonymous("GET", "/api/v1/public/cases/" + number + "?queryCode=" + wrong, ""), 404,
                    "not_found");
        }
        JsonObject stopped = assertError(anonymous("GET", "/api/v1/public/cases/" + number + "?queryCode=" + code,
                ""), 429, "too_many_attempts");
        assertTrue(stopped.toString(), stopped.get("message").getAsString().contains("查询码错误次数过多")
                && stopped.get("messageEn").getAsString().contains("too many wrong query codes"));
        assertTrue("rating the case is blocked as well", assertError(anonymous("POST",
                "/api/v1/ratings", "{\"case\":\"" + number + "\",\"overall\":\"DISSATISFIED\",\"efficiency\":"
                        + "\"DISSATISFIED\",\"competence\":\"DISSATISFIED\",\"attitude\":\"DISSATISFIED\","
                        + "\"queryCode\":\"" + code + "\"}"), 429, "too_many_attempts").has("messageEn"));
        waitFor("the block to be logged", () -> !karafLogLines("for " + number + " reached the limit").isEmpty());

        // The applicant who lost the code asks at the window: a new one works, the old one no longer does.
        JsonObject reissued = json(as(CLERK, "POST", "/api/v1/cases/" + number + "/query-code", "{}"), 201);
        assertNotEquals(code, reissued.get("queryCode").getAsString());
        assertError(anonymous("POST", "/api/v1/cases/" + number + "/query-code", "{}"), 401, "unauthenticated");
        assertError(as(APPROVER, "POST", "/api/v1/cases/" + number + "/query-code", "{}"), 403, "forbidden");
        assertTrue(json(http("GET", "/api/v1/cases/" + number + "/ledger"), 200).toString()
                .contains("CASE_QUERY_CODE_ISSUED"));
    }

    @Test
    public void bookingReferencesSayNothingOfEachOtherAndTheListsHoldNoProof() throws Exception {
        JsonObject slot = null;
        for (JsonElement candidate : json(http("GET", "/api/v1/appointments/slots?queue=A"), 200)
                .getAsJsonArray("slots")) {
            if (candidate.getAsJsonObject().get("open").getAsBoolean()) {
                slot = candidate.getAsJsonObject();
            }
        }
        if (slot == null) {
            return; // the hall is closed for the rest of today; AppointmentIT opens its own hours
        }
        String booking = "{\"queue\":\"A\",\"day\":\"" + slot.get("day").getAsString() + "\",\"start\":\""
                + slot.get("start").getAsString() + "\",\"name\":\"李四\",\"phone\":\"PHONE\"}";
        JsonObject first = json(anonymous("POST", "/api/v1/appointments", booking.replace("PHONE", "13900001111")),
                201);
        JsonObject second = json(anonymous("POST", "/api/v1/appointments", booking.replace("PHONE", "13900002222")),
                201);
        long a = Long.parseLong(first.getAsJsonObject("booking").get("reference").getAsString().substring(1));
        long b = Long.parseLong(second.getAsJsonObject("booking").get("reference").getAsString().substring(1));
        assertTrue(a + " then " + b, Math.abs(a - b) > 1);
        String list = json(http("GET", "/api/v1/appointments?queue=A"), 200).toString();
        assertFalse(list, list.contains(first.get("queryCode").getAsString()));
        assertFalse("no full phone in the list", list.contains("13900001111"));
    }
}
