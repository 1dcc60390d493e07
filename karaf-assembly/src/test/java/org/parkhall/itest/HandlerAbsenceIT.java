package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;
import static org.parkhall.itest.CaseLifecycleIT.code;

import javax.inject.Inject;

import com.google.gson.JsonObject;

import org.junit.Test;
import org.parkhall.api.Catalog;

/**
 * The market regulation bundle leaves while its cases are open: new intake and supplements are refused with
 * "暂停受理" and change nothing, actions that need no handler go on, and all works again when it returns.
 */
public class HandlerAbsenceIT extends HallTestSupport {
    private static final String APPLICANT = "{\"kind\":\"PERSON\",\"idNumber\":\"11010519491231002X\","
            + "\"name\":\"王五\",\"phone\":\"13912345678\"}";
    private static final String REGISTRATION = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":" + APPLICANT
            + ",\"presented\":[\"application-form\",\"articles\",\"shareholder-ids\"],\"facts\":{\"companyName\":"
            + "\"园区新材料有限公司\",\"registeredCapital\":\"50\",\"shareholders\":\"1\",\"payInYears\":\"3\"},"
            + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";


    @Inject
    private Catalog catalog;

    @Test
    public void casesSurviveTheirHandlersAbsenceAndContinueWhenItReturns() throws Exception {
        String waiting = json(http("POST", "/api/v1/applications", REGISTRATION), 201).get("number").getAsString();
        String accepted = json(http("POST", "/api/v1/applications", REGISTRATION.replace("\"shareholder-ids\"]",
                "\"shareholder-ids\",\"premises\"]")), 201).get("number").getAsString();

        features().uninstallFeature("parkhall-dept-amr");
        waitFor("AMR-REG-01 to be unavailable", () -> !catalog.entry("AMR-REG-01").orElseThrow().available());

        JsonObject refused = assertError(http("POST", "/api/v1/applications", REGISTRATION), 409, "item_unavailable");
        assertTrue(refused.get("message").getAsString().contains("暂停受理"));
        assertError(http("POST", "/api/v1/cases/" + waiting + "/supplement", "{\"presented\":[\"premises\"]}"), 409,
                "item_unavailable");
        JsonObject stillWaiting = json(http("GET", "/api/v1/cases/" + waiting), 200);
        assertEquals("SUPPLEMENT_REQUIRED", code(stillWaiting, "state"));
        assertEquals("the refused supplement was not half-written", 3,
                stillWaiting.getAsJsonArray("presented").size());

        for (String action : new String[] {"DISPATCH", "APPROVE"}) {
            json(http("POST", "/api/v1/cases/" + accepted + "/actions", "{\"action\":\"" + action
                    + "\",\"note\":\"营业执照\"}"), 201);
        }
        assertEquals("APPROVED", code(json(http("GET", "/api/v1/cases/" + accepted), 200), "state"));

        features().installFeature("parkhall-dept-amr");
        waitFor("AMR-REG-01 to be served again", () -> catalog.entry("AMR-REG-01").orElseThrow().available());
        JsonObject resumed = json(http("POST", "/api/v1/cases/" + waiting + "/supplement",
                "{\"presented\":[\"premises\"]}"), 201);
        assertEquals("ACCEPTED", code(resumed, "state"));
    }
}
