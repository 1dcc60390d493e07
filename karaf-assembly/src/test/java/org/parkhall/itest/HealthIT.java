package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * An operator's monitoring asks the hall whether it is alive and whether it is ready. A hall component stopped
 * through SCR makes readiness 503 DEGRADED, naming that component and the ones waiting for it, in the error shape
 * and in {@code hall:health}, while liveness stays 200; started again, the hall is ready again. A configuration
 * value refused while the last good one runs is a warning, not a 503. Every request
 * leaves one line in the request log, personal data masked; a case change and a failed sign-in leave theirs in
 * the audit log.
 */
public class HealthIT extends HallTestSupport {
    private static final String CHECKLIST = "org.parkhall.core.internal.checklist.ChecklistService";
    private static final String HALL_INFO = "org.parkhall.web.internal.hall.HallInfoApi";

    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void aStoppedComponentMakesTheHallNotReadyByNameUntilItIsBack() throws Exception {
        JsonObject ready = json(anonymous("GET", "/api/v1/health/ready", ""), 200);
        assertEquals("UP", ready.get("status").getAsString());
        assertEquals(0, ready.getAsJsonArray("problems").size());
        assertEquals("the old path means readiness", ready.get("status"),
                json(anonymous("GET", "/api/v1/health", ""), 200).get("status"));

        ComponentDescriptionDTO checklist = scr.getComponentDescriptionDTOs().stream()
                .filter(description -> description.name.equals(CHECKLIST)).findFirst().orElseThrow();
        scr.disableComponent(checklist).getValue();
        try {
            waitFor("readiness to say the checklist is not active", () -> status("/api/v1/health/ready") == 503);
            Response notReady = anonymous("GET", "/api/v1/health/ready", "");
            JsonObject health = JsonParser.parseString(notReady.body()).getAsJsonObject();
            assertEquals(notReady.body(), "DEGRADED", health.get("status").getAsString());
            JsonObject error = health.getAsJsonObject("error");
            assertEquals("unavailable", error.get("code").getAsString());
            assertTrue(error.toString(), error.get("messageEn").getAsString().contains(CHECKLIST + " is not active"));
            assertTrue(error.toString(), error.get("message").getAsString().contains("大厅未就绪"));
            assertEquals("the store still answers", 15, health.getAsJsonObject("hall").get("itemsTotal").getAsInt());
            assertEquals("disabled", reasonOf(health, CHECKLIST));
            assertTrue(health.toString(), reasonOf(health, HALL_INFO)
                    .startsWith("unsatisfied references: org.parkhall.api.Checklist"));

            assertEquals("alive all the same", "UP",
                    json(anonymous("GET", "/api/v1/health/live", ""), 200).get("status").getAsString());
            assertEquals("the rest of the API waits, saying so", 503, status("/api/v1/items"));
            String shown = shell("hall:health", "admin");
            assertTrue(shown, shown.contains("DEGRADED") && shown.contains(CHECKLIST) && shown.contains("disabled"));
        } finally {
            scr.enableComponent(checklist).getValue();
        }
        waitFor("the hall to be ready again", () -> status("/api/v1/health/ready") == 200);
        assertTrue(shell("hall:health", "admin").contains("UP"));
    }

    @Test
    public void aRefusedConfigurationIsNamedWhileTheHallRunsOnItsLastGoodOne() throws Exception {
        Configuration floor = configurations.getConfiguration("org.parkhall.floor", null);
        Dictionary<String, Object> good = floor.getProperties();
        Dictionary<String, Object> wrong = new Hashtable<>();
        for (String key : Collections.list(good.keys())) {
            wrong.put(key, good.get(key));
        }
        wrong.put("priorityBurst", "abc");
        floor.update(wrong);
        try {
            waitFor("readiness to warn of the refused floor configuration",
                    () -> warnings().contains("org.parkhall.floor"));
            JsonObject health = json(anonymous("GET", "/api/v1/health/ready", ""), 200);
            assertEquals("the last good one runs: still ready", "UP", health.get("status").getAsString());
            assertTrue(health.toString(), health.getAsJsonArray("warnings").toString().contains("priorityBurst"));
            assertTrue(shell("hall:health", "admin").contains("org.parkhall.floor"));
        } finally {
            floor.update(good);
        }
        waitFor("the warning to go with the value put right", () -> !warnings().contains("org.parkhall.floor"));
    }

    private static String warnings() {
        try {
            return JsonParser.parseString(anonymous("GET", "/api/v1/health/ready", "").body()).getAsJsonObject()
                    .getAsJsonArray("warnings").toString();
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    public void everyRequestIsLoggedOnceMaskedAndCaseChangesAndFailedSignInsAreAudited() throws Exception {
        String idNumber = "110101199003074514";
        assertEquals(401, anonymous("GET", "/api/v1/cases?q=" + idNumber + "&limit=5", "").status());
        assertEquals(200, http("GET", "/api/v1/ledger?limit=1").status());
        waitFor("the two requests in the request log", () -> hallLog("parkhall-requests.log").contains(
                " GET /api/v1/cases?q=*&limit=* 401 ") && hallLog("parkhall-requests.log").contains(
                " GET /api/v1/ledger?limit=* 200 "));
        String requests = hallLog("parkhall-requests.log");
        assertFalse("no ID number in the request log", requests.contains(idNumber));
        String anonymousLine = line(requests, " GET /api/v1/cases?q=*&limit=* 401 ");
        assertTrue(anonymousLine, anonymousLine.matches(".* 401 \\d+ms - 127\\.0\\.0\\.1 GET /api/v1/cases"));
        assertEquals("logged once", 1, requests.lines().filter(line -> line.contains(" GET /api/v1/cases?q=")).count());
        String adminLine = line(requests, " GET /api/v1/ledger?limit=* 200 ");
        assertTrue(adminLine, adminLine.endsWith(" " + ADMIN + " 127.0.0.1 GET /api/v1/ledger"));

        assertEquals(401, anonymous("POST", "/api/v1/session", "{\"username\":\"no.such.clerk\",\"password\":\"x\"}")
                .status());
        JsonObject opened = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"" + idNumber + "\",\"name\":\"张三\",\"phone\":\"13812345678\"},"
                + "\"presented\":[\"application-form\",\"operator-id\",\"premises\"],"
                + "\"facts\":{\"businessScope\":\"餐饮服务\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        String number = opened.get("number").getAsString();
        waitFor("the case and the failed sign-in in the audit log", () -> hallLog("parkhall-audit.log")
                .contains("case " + number + " INTAKE_") && hallLog("parkhall-audit.log")
                .contains("Failed sign-in for no.such.clerk from 127.0.0.1"));
        waitFor("the POST, answered once its body was read, in the request log", () -> hallLog("parkhall-requests.log")
                .contains(" POST /api/v1/applications 201 "));
        assertTrue(line(hallLog("parkhall-requests.log"), " POST /api/v1/applications 201 ")
                .endsWith(" " + ADMIN + " 127.0.0.1 POST /api/v1/applications"));
        String audit = hallLog("parkhall-audit.log");
        assertTrue(audit, line(audit, "case " + number).contains(" by " + ADMIN));
        for (String personal : List.of(idNumber, "张三", "13812345678")) {
            assertFalse("no personal data in the audit log: " + personal, audit.contains(personal));
            assertFalse("no personal data in the request log: " + personal,
                    hallLog("parkhall-requests.log").contains(personal));
        }
    }

    private static String reasonOf(JsonObject health, String component) {
        for (JsonElement problem : health.getAsJsonArray("problems")) {
            if (problem.getAsJsonObject().get("component").getAsString().equals(component)) {
                return problem.getAsJsonObject().get("reason").getAsString();
            }
        }
        throw new AssertionError(component + " is not among the problems: " + health);
    }

    private static String line(String log, String containing) {
        return log.lines().filter(line -> line.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in " + log));
    }


    private static int status(String path) {
        try {
            return anonymous("GET", path, "").status();
        } catch (IOException e) {
            return -1;
        }
    }
}
