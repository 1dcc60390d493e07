package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/**
 * A node of the town's centre in the county of the demo distribution (全旗通办): it names its site in the console,
 * takes the items the town accepts and refuses the others naming the sites that take them, numbers its cases with
 * the town's code (and links them to a visit), prints the town as issuer, hands a case's papers to the county centre
 * (收受分离) and lets the applicant collect the result in the town; a park site admin sees the park's figures and is
 * refused the centre's.
 */
public class SitesIT extends HallTestSupport {
    private static final String PARK_ADMIN = "zhao.park";

    @Configuration
    @Override
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/org.parkhall.node.cfg", "site", "TOWN"),
                editConfigurationFilePut("etc/org.parkhall.site-TOWN.cfg", "items", "AMR-REG-01, HRSS-SI-01"),
                editConfigurationFilePut("etc/users.properties", PARK_ADMIN, PASSWORD + ",siteadmin:PARK"));
    }

    @Test
    public void theTownTakesACaseHandsItsPapersToTheCountyCentreAndHandsOutTheResult() throws Exception {
        JsonObject sites = json(anonymous("GET", "/api/v1/sites", ""), 200);
        assertEquals("TOWN", sites.get("here").getAsString());
        assertEquals(List.of("HQ", "PARK", "TOWN"), codes(sites));
        assertEquals("镇便民服务中心", json(http("GET", "/api/v1/session"), 200).getAsJsonObject("site")
                .getAsJsonObject("name").get("zh").getAsString());
        JsonObject townItems = json(anonymous("GET", "/api/v1/sites/TOWN/items", ""), 200);
        assertEquals(2, townItems.getAsJsonArray("items").size());
        assertError(anonymous("GET", "/api/v1/sites/XYZ/items", ""), 400, "invalid");

        JsonObject refused = assertError(http("POST", "/api/v1/applications",
                AccessIT.COMPANY.replace("AMR-REG-01", "AMR-REG-02")), 400, "invalid");
        assertEquals("itemCode", refused.get("field").getAsString());
        assertTrue(refused.toString(), refused.get("message").getAsString().contains("镇便民服务中心不受理该事项")
                && refused.get("messageEn").getAsString().contains("apply at County government service centre"));

        JsonObject taken = json(http("POST", "/api/v1/applications", AccessIT.COMPANY), 201);
        String number = taken.get("number").getAsString();
        assertTrue(number, number.matches("PHTOWN\\d{12}"));
        assertEquals("ACCEPTED", taken.getAsJsonObject("state").get("code").getAsString());
        assertEquals("镇便民服务中心（综合受理窗口）", json(http("GET", "/api/v1/cases/" + number
                + "/documents/receipt"), 200).get("issuer").getAsString());
        assertEquals("a visit links to the town's case", number, visitFor(number));

        String path = "/api/v1/cases/" + number;
        JsonObject where = json(as(CLERK, "GET", path + "/sites", ""), 200);
        assertEquals(List.of("TOWN", "TOWN", "TOWN"), List.of(where.get("takenAt").getAsString(),
                where.get("handledAt").getAsString(), where.get("deliverAt").getAsString()));
        assertEquals(401, anonymous("GET", path + "/sites", "").status());
        assertEquals(401, anonymous("POST", path + "/hand-over", "{}").status());
        assertError(as(CLERK, "POST", path + "/hand-over", "{\"to\":\"HQ\"}"), 400, "invalid");
        JsonObject handed = json(as(CLERK, "POST", path + "/hand-over",
                "{\"to\":\"HQ\",\"materials\":\"申请书原件1份，章程1份\"}"), 201);
        assertEquals("HQ", handed.get("handledAt").getAsString());
        JsonObject handover = handed.getAsJsonArray("handovers").get(0).getAsJsonObject();
        assertEquals(List.of("TOWN", "HQ", CLERK), List.of(handover.get("from").getAsString(),
                handover.get("to").getAsString(), handover.get("handedBy").getAsString()));
        assertError(as(CLERK, "POST", path + "/hand-over", "{\"to\":\"PARK\",\"materials\":\"申请书\"}"), 409,
                "illegal_action");

        assertEquals(401, anonymous("POST", path + "/pickup-site", "{}").status());
        assertEquals("TOWN", json(as(CLERK, "POST", path + "/pickup-site", "{\"site\":\"TOWN\"}"), 201)
                .get("deliverAt").getAsString());
        String ledger = json(http("GET", path + "/ledger"), 200).toString();
        assertTrue(ledger, ledger.contains("CASE_HANDED_OVER") && ledger.contains("CASE_DELIVERY_SITE_CHOSEN"));
    }

    @Test
    public void aSiteAdminSeesTheirSitesFiguresAndIsRefusedAnothers() throws Exception {
        assertEquals(401, anonymous("GET", "/api/v1/county/stats", "").status());
        json(http("GET", "/api/v1/county/stats"), 200);
        json(http("GET", "/api/v1/county/stats?site=HQ"), 200);
        JsonObject park = json(as(PARK_ADMIN, "GET", "/api/v1/county/stats", ""), 200);
        assertEquals(0, park.getAsJsonObject("hall").get("issued").getAsInt());
        json(as(PARK_ADMIN, "GET", "/api/v1/county/stats?site=PARK", ""), 200);
        JsonObject refused = assertError(as(PARK_ADMIN, "GET", "/api/v1/county/stats?site=HQ", ""), 403,
                "forbidden");
        assertTrue(refused.toString(), refused.get("message").getAsString().contains("不能查看站点HQ")
                && refused.get("messageEn").getAsString().contains("not site HQ"));
        assertEquals("a site admin is no county admin", 403, as(PARK_ADMIN, "GET", "/api/v1/stats", "").status());
    }

    /** A visit at the town's counter 1 that ends linked to {@code number}: the number the visit records. */
    private static String visitFor(String number) throws Exception {
        json(http("POST", "/api/v1/counters/1/sign-in", "{\"staff\":\"李娜\"}"), 201);
        String label = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201).get("label").getAsString();
        assertEquals(label, json(http("POST", "/api/v1/counters/1/call-next", "{}"), 201).get("label")
                .getAsString());
        json(http("POST", "/api/v1/counters/1/start", "{}"), 201);
        JsonObject done = json(http("POST", "/api/v1/counters/1/finish", "{\"caseNumbers\":[\"" + number + "\"]}"),
                201);
        json(http("POST", "/api/v1/counters/1/sign-out", "{}"), 201);
        return done.getAsJsonArray("caseNumbers").get(0).getAsString();
    }

    private static List<String> codes(JsonObject sites) {
        List<String> codes = new ArrayList<>();
        for (JsonElement site : sites.getAsJsonArray("sites")) {
            codes.add(site.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }
}
