package org.parkhall.web.internal.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.parkhall.web.internal.access.Access;

public class OpenApiTest {
    private static final Routes ROUTES = TestRoutes.hall();
    private static final JsonObject DOCUMENT = ROUTES.description();

    @Test
    public void everyRouteIsDescribedWithItsParametersAndAccess() {
        JsonObject paths = DOCUMENT.getAsJsonObject("paths");
        int operations = 0;
        for (String path : paths.keySet()) {
            operations += paths.getAsJsonObject(path).size();
        }
        assertEquals("one operation per route, nothing else", ROUTES.routes().size(), operations);
        for (Route route : ROUTES.routes()) {
            JsonObject operation = paths.getAsJsonObject(route.path().openApiPath())
                    .getAsJsonObject(route.method().name().toLowerCase(Locale.ROOT));
            assertNotNull(route.toString(), operation);
            assertEquals(route.toString(), route.access().name(), operation.get("x-parkhall-access").getAsString());
            List<String> names = new ArrayList<>();
            if (operation.has("parameters")) {
                for (JsonElement parameter : operation.getAsJsonArray("parameters")) {
                    assertEquals("path", parameter.getAsJsonObject().get("in").getAsString());
                    names.add(parameter.getAsJsonObject().get("name").getAsString());
                }
            }
            assertEquals(route.toString(), route.path().parameters().stream().map(PathTemplate.Segment::name)
                    .toList(), names);
            JsonArray security = operation.getAsJsonArray("security");
            assertEquals(route.toString(), route.access() == Access.PUBLIC, security.isEmpty());
        }
    }

    @Test
    public void staffRoutesNeedTheSessionAndChangesTheCsrfHeader() {
        JsonObject paths = DOCUMENT.getAsJsonObject("paths");
        JsonObject act = paths.getAsJsonObject("/api/v1/cases/{number}/actions").getAsJsonObject("post")
                .getAsJsonArray("security").get(0).getAsJsonObject();
        assertTrue(act.has("session") && act.has("csrf"));
        JsonObject list = paths.getAsJsonObject("/api/v1/cases").getAsJsonObject("get")
                .getAsJsonArray("security").get(0).getAsJsonObject();
        assertTrue(list.has("session"));
        assertFalse(list.has("csrf"));
        JsonObject pair = paths.getAsJsonObject("/api/v1/rating-pads/{counter}/pair").getAsJsonObject("post");
        assertEquals("^\\d{1,2}$", pair.getAsJsonArray("parameters").get(0).getAsJsonObject()
                .getAsJsonObject("schema").get("pattern").getAsString());
        assertEquals("3.0.3", DOCUMENT.get("openapi").getAsString());
        assertTrue(DOCUMENT.getAsJsonObject("components").getAsJsonObject("securitySchemes").has("csrf"));
    }

    @Test
    public void eachRoutePromisesItsSuccessAndAStaffRouteItsRefusalWithoutASession() {
        JsonObject paths = DOCUMENT.getAsJsonObject("paths");
        for (Route route : ROUTES.routes()) {
            JsonObject responses = paths.getAsJsonObject(route.path().openApiPath())
                    .getAsJsonObject(route.method().name().toLowerCase(Locale.ROOT)).getAsJsonObject("responses");
            List<String> expected = new ArrayList<>(List.of(String.valueOf(route.successStatus())));
            if (route.access() != Access.PUBLIC) {
                expected.add("401");
            }
            expected.add("default");
            assertEquals(route.toString(), expected, new ArrayList<>(responses.keySet()));
        }
        JsonObject act = paths.getAsJsonObject("/api/v1/cases/{number}/actions").getAsJsonObject("post");
        assertTrue(act.getAsJsonObject("responses").has("201"));
        JsonObject health = paths.getAsJsonObject("/api/v1/health/live").getAsJsonObject("get");
        assertEquals(List.of("200", "default"), new ArrayList<>(health.getAsJsonObject("responses").keySet()));
    }
}
