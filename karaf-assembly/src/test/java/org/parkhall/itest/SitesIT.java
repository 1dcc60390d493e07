package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * (收受分离) and lets the applicant collect the result in the town; a park site admin sees the park's figures, cases
 * and ledger and is refused the centre's, and the town node's floor.
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
        assertEquals("the hall's figures of a site admin are their site's", 0, json(as(PARK_ADMIN, "GET",
                "/api/v1/stats", ""), 200).getAsJsonObject("hall").get("issued").getAsInt());
    }

    @Test
    public void aParkSiteAdminSeesTheCasesThatComeToTheParkAndIsRefusedTheOthers() throws Exception {
        String toPark = json(http("POST", "/api/v1/applications", AccessIT.COMPANY), 201).get("number").getAsString();
        json(as(CLERK, "POST", "/api/v1/cases/" + toPark + "/pickup-site", "{\"site\":\"PARK\"}"), 201);
        String toCounty = json(http("POST", "/api/v1/applications", AccessIT.COMPANY), 201).get("number")
                .getAsString();
        json(as(CLERK, "POST", "/api/v1/cases/" + toCounty + "/hand-over",
                "{\"to\":\"HQ\",\"materials\":\"申请书原件1份\"}"), 201);

        JsonObject session = json(as(PARK_ADMIN, "GET", "/api/v1/session", ""), 200);
        assertEquals("[\"PARK\"]", session.getAsJsonArray("siteAdminOf").toString());
        assertEquals("TOWN", session.getAsJsonObject("site").get("code").getAsString());

        // The park's admin: the case collected at the park, with its ledger; none of the county centre's.
        json(as(PARK_ADMIN, "GET", "/api/v1/cases/" + toPark, ""), 200);
        json(as(PARK_ADMIN, "GET", "/api/v1/cases/" + toPark + "/ledger", ""), 200);
        String cases = json(as(PARK_ADMIN, "GET", "/api/v1/cases?limit=500", ""), 200).toString();
        assertTrue(cases, cases.contains(toPark) && !cases.contains(toCounty));
        for (String path : List.of("", "/ledger", "/sites", "/documents/receipt")) {
            JsonObject refused = assertError(as(PARK_ADMIN, "GET", "/api/v1/cases/" + toCounty + path, ""), 403,
                    "forbidden");
            assertTrue(refused.toString(), refused.get("message").getAsString().contains("不属于您管理的站点（PARK）")
                    && refused.get("messageEn").getAsString().contains("not at your sites (PARK)"));
        }
        String ledger = json(as(PARK_ADMIN, "GET", "/api/v1/ledger?limit=1000", ""), 200).toString();
        assertTrue(ledger, ledger.contains(toPark) && !ledger.contains(toCounty));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String range = "/api/v1/ledger/export?format=jsonl&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        Response export = as(PARK_ADMIN, "GET", range, "");
        assertEquals(200, export.status());
        assertTrue(export.body(), export.body().contains(toPark) && !export.body().contains(toCounty));

        // Reading is all: no step in a case, no floor of another site's node, no accounts.
        assertError(as(PARK_ADMIN, "POST", "/api/v1/cases/" + toPark + "/actions",
                "{\"action\":\"WITHDRAW\",\"note\":\"申请人撤回\"}"), 403, "forbidden");
        JsonObject counters = assertError(as(PARK_ADMIN, "GET", "/api/v1/counters", ""), 403, "forbidden");
        assertTrue(counters.toString(), counters.get("messageEn").getAsString().contains("this node serves site TOWN"));
        assertError(as(PARK_ADMIN, "GET", "/api/v1/tickets", ""), 403, "forbidden");
        assertError(as(PARK_ADMIN, "GET", "/api/v1/staff", ""), 403, "forbidden");

        // The county admin sees every site's.
        String all = json(http("GET", "/api/v1/cases?limit=500"), 200).toString();
        assertTrue(all.contains(toPark) && all.contains(toCounty));
        json(http("GET", "/api/v1/cases/" + toCounty), 200);
        Response everything = http("GET", range);
        assertTrue(everything.body().contains(toPark) && everything.body().contains(toCounty));
        json(http("GET", "/api/v1/counters"), 200);
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
