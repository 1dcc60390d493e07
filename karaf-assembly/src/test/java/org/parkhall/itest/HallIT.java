package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.parkhall.api.Catalog;

/** The assembled hall: features installed, DS wiring active, REST, console and shell answering. */
public class HallIT extends HallTestSupport {


    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private Catalog catalog;

    @Test
    public void withoutTheAccessFilterStaffCallsAreRefusedNotServed() throws Exception {
        ComponentDescriptionDTO filter = scr.getComponentDescriptionDTOs().stream()
                .filter(description -> description.name.equals("org.parkhall.web.internal.access.AccessFilter"))
                .findFirst().orElseThrow();
        scr.disableComponent(filter).getValue();
        try {
            waitFor("the filter to be gone", () -> anonymousStatus("/api/v1/cases") != 401);
            Response cases = anonymous("GET", "/api/v1/cases", "");
            assertEquals(cases.body(), 503, cases.status());
            assertTrue(cases.body(), cases.body().contains("\"unavailable\""));
            assertEquals("the kiosk still works", 200, anonymousStatus("/api/v1/queues"));
        } finally {
            scr.enableComponent(filter).getValue();
        }
        waitFor("the filter to be back", () -> anonymousStatus("/api/v1/cases") == 401);
    }

    private static int anonymousStatus(String path) {
        try {
            return anonymous("GET", path, "").status();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void everyParkhallFeatureIsInstalledAndEveryComponentActive() throws Exception {
        for (String feature : List.of("parkhall-core", "parkhall-web", "parkhall-shell",
                "parkhall-dept-amr", "parkhall-dept-tax",
                "parkhall-dept-hrss", "parkhall-dept-housing", "parkhall-dept-emergency")) {
            assertTrue(feature + " installed", features().isInstalled(features().getFeature(feature)));
        }
        List<String> inactive = new ArrayList<>();
        int components = 0;
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!description.bundle.symbolicName.startsWith("parkhall-")) {
                continue;
            }
            components++;
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state != ComponentConfigurationDTO.ACTIVE
                        && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                    inactive.add(description.name + " state " + configuration.state);
                }
            }
        }
        assertTrue("found only " + components + " components", components >= 12);
        assertEquals(List.of(), inactive);
    }

    @Test
    public void onlyTheApiBundleExportsPackages() {
        for (Bundle bundle : bundleContext.getBundles()) {
            String name = bundle.getSymbolicName();
            if (!name.startsWith("parkhall-")) {
                continue;
            }
            String exports = bundle.getHeaders().get("Export-Package");
            if (name.equals("parkhall-api")) {
                assertTrue(exports, exports.contains("org.parkhall.api;version=\"3.3.0\""));
                assertTrue(exports, exports.contains("org.parkhall.spi;version=\"1.4.0\""));
            } else {
                assertNull(name + " must export nothing", exports);
            }
        }
    }

    @Test
    public void departmentBundlesAreWiredToTheApiBundleAlone() {
        int departments = 0;
        for (Bundle bundle : bundleContext.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("parkhall-dept-")) {
                continue;
            }
            departments++;
            for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                Bundle provider = wire.getProvider().getBundle();
                assertTrue(bundle.getSymbolicName() + " imports " + wire.getCapability().getAttributes()
                        + " from " + provider.getSymbolicName(),
                        provider.getBundleId() == 0 || provider.getSymbolicName().equals("parkhall-api"));
            }
        }
        assertEquals(5, departments);
    }

    @Test
    public void healthAnswersOverHttpWithTheDatabaseAndItemCounts() throws Exception {
        Response response = http("GET", "/api/v1/health");
        assertEquals(200, response.status());
        assertTrue(response.contentType(), response.contentType().startsWith("application/json"));
        JsonObject health = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("UP", health.get("status").getAsString());
        JsonObject hall = health.getAsJsonObject("hall");
        assertTrue(hall.get("database").getAsString().startsWith("Apache Derby"));
        assertTrue(hall.get("schemaVersion").getAsInt() >= 1);
        assertEquals(15, hall.get("itemsAvailable").getAsInt());
        assertEquals(5, hall.get("departments").getAsInt());
    }

    @Test
    public void itemsListTheDepartmentsItemsAndOneItemShowsItsGuide() throws Exception {
        JsonArray items = itemsFound("?department=amr");
        assertEquals(List.of("AMR-FBL-01", "AMR-REG-01", "AMR-REG-02"), codes(items));
        assertEquals(15, itemsFound("").size());
        String bundles = JsonParser.parseString(http("GET", "/api/v1/items").body()).getAsJsonObject()
                .getAsJsonArray("bundles").toString();
        assertTrue("configured Chinese names arrive intact: " + bundles, bundles.contains("企业开办一件事"));
        assertEquals(3, itemsFound("?department=tax").size());
        assertEquals("search by Chinese keyword", List.of("AMR-FBL-01"), codes(itemsFound("?q=%E9%A3%9F%E5%93%81")));
        assertEquals("search by department name", List.of("EMG-HC-01", "EMG-PC-01", "EMG-PLAN-01"),
                codes(itemsFound("?q=%E5%BA%94%E6%80%A5%E7%AE%A1%E7%90%86%E5%B1%80")));
        JsonObject first = items.get(0).getAsJsonObject();
        assertEquals("受理中", first.getAsJsonObject("availability").get("zh").getAsString());
        assertEquals("市场监督管理局", first.getAsJsonObject("department").getAsJsonObject("name").get("zh").getAsString());

        Response detail = http("GET", "/api/v1/items/AMR-REG-01");
        assertEquals(200, detail.status());
        JsonObject guide = JsonParser.parseString(detail.body()).getAsJsonObject().getAsJsonObject("guide");
        List<String> materials = new ArrayList<>();
        for (JsonElement material : guide.getAsJsonArray("materials")) {
            materials.add(material.getAsJsonObject().getAsJsonObject("name").get("zh").getAsString());
        }
        assertTrue(materials.toString(), materials.contains("公司章程"));
        assertEquals(catalog.entry("AMR-REG-01").orElseThrow().item().guide().materials().size(), materials.size());
    }

    @Test
    public void theApiDescribesItsRoutesAndWhoMayCallThem() throws Exception {
        Response description = anonymous("GET", "/api/v1/openapi.json", "");
        assertEquals(description.body(), 200, description.status());
        JsonObject paths = JsonParser.parseString(description.body()).getAsJsonObject().getAsJsonObject("paths");
        JsonObject caseFile = paths.getAsJsonObject("/api/v1/cases/{number}").getAsJsonObject("get");
        assertEquals("CASES", caseFile.get("x-parkhall-access").getAsString());
        assertEquals("number", caseFile.getAsJsonArray("parameters").get(0).getAsJsonObject().get("name")
                .getAsString());
        assertEquals("PUBLIC", paths.getAsJsonObject("/api/v1/tickets").getAsJsonObject("post")
                .get("x-parkhall-access").getAsString());
        assertEquals("ADMIN", paths.getAsJsonObject("/api/v1/staff/{user}/roles").getAsJsonObject("post")
                .get("x-parkhall-access").getAsString());
        Response wrongMethod = http("POST", "/api/v1/items");
        assertEquals(List.of("GET, HEAD"), wrongMethod.headers().get("Allow"));
    }

    @Test
    public void everyApiErrorHasTheSameBilingualShape() throws Exception {
        assertError(http("GET", "/api/v1/items/NO-SUCH-ITEM"), 404, "not_found", "no such item: NO-SUCH-ITEM");
        assertError(http("GET", "/api/v1/no-such-endpoint"), 404, "not_found", "no such endpoint");
        assertError(http("POST", "/api/v1/items"), 405, "method_not_allowed", "method not allowed: POST");
    }

    @Test
    public void consoleIsServedWithAContentSecurityPolicy() throws Exception {
        Response redirect = http("GET", "/console");
        assertEquals(302, redirect.status());
        Response page = http("GET", "/console/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("园区政务服务分中心"));
        Map<String, List<String>> headers = page.headers();
        assertTrue(headers.get("Content-Security-Policy").get(0).contains("default-src 'self'"));
        assertEquals("a dot segment is refused before any servlet", 400,
                http("GET", "/console/../etc/users.properties").status());
        assertNotNull(http("GET", "/console/console.js").body());
    }

    @Test
    public void shellListsTheItemsAndTheStatusForAnAdministrator() throws Exception {
        String items = shell("hall:items -d amr", "admin");
        assertTrue(items, items.contains("AMR-REG-01"));
        assertTrue(items, items.contains("有限责任公司设立登记"));
        assertTrue(items, items.contains("受理中"));
        assertTrue(items, items.contains("3 item(s)"));
        String status = shell("hall:status", "admin");
        assertTrue(status, status.contains("Apache Derby"));
        assertTrue(status, status.contains("15 of 15"));
        String guide = shell("hall:item AMR-FBL-01", "admin");
        assertTrue(guide, guide.contains("食品安全自查") && guide.contains("《中华人民共和国食品安全法》第三十五条"));
    }

    @Test
    public void shellRefusesHallCommandsToAUserWithoutARole() throws Exception {
        try {
            String output = shell("hall:items");
            throw new AssertionError("hall:items ran for a user without the admin role: " + output);
        } catch (Exception expected) {
            // Karaf's secured session hides a command from users whose roles its ACL does not name
            assertEquals("CommandNotFoundException", expected.getClass().getSimpleName());
            assertEquals("Command not found: hall:items", expected.getMessage());
        }
    }

    private static JsonArray itemsFound(String query) throws Exception {
        return JsonParser.parseString(http("GET", "/api/v1/items" + query).body()).getAsJsonObject()
                .getAsJsonArray("items");
    }

    private static List<String> codes(JsonArray items) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> item.getAsJsonObject().get("code").getAsString()).toList();
    }

    private static void assertError(Response response, int status, String code, String english) {
        assertEquals(response.body(), status, response.status());
        JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
        assertEquals(code, error.get("code").getAsString());
        assertTrue(error.get("messageEn").getAsString(), error.get("messageEn").getAsString().contains(english));
        assertTrue(error.get("message").getAsString().length() > 0);
    }
}
