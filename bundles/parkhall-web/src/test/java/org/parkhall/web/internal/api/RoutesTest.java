package org.parkhall.web.internal.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.parkhall.web.internal.api.Route.Method.GET;
import static org.parkhall.web.internal.api.Route.Method.POST;
import static org.parkhall.web.internal.api.Route.route;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.parkhall.web.internal.access.Access;
import org.parkhall.web.internal.hall.HealthApi;

public class RoutesTest {
    private static final Routes ROUTES = TestRoutes.hall();

    private static Access access(String method, String path) {
        return ROUTES.lookup(method, path).access();
    }

    @Test
    public void theKioskDisplayRatingPadAndGuidesNeedNoLogin() {
        assertEquals(Access.PUBLIC, access("POST", "/api/v1/tickets"));
        assertEquals(Access.PUBLIC, access("GET", "/api/v1/tickets/A012"));
        assertEquals(Access.PUBLIC, access("GET", "/api/v1/display/events"));
        assertEquals(Access.PUBLIC, access("GET", "/api/v1/rate/3"));
        assertEquals(Access.PUBLIC, access("POST", "/api/v1/ratings"));
        assertEquals(Access.PUBLIC, access("POST", "/api/v1/rating-pads/3/pair"));
        assertEquals(Access.PUBLIC, access("HEAD", "/api/v1/items/XYZ-ITEM-01"));
        assertEquals(Access.PUBLIC, access("POST", "/api/v1/appointments/Y20261125001/check-in"));
        assertEquals(Access.PUBLIC, access("GET", "/api/v1/public/cases/PH202611240001"));
        assertEquals(Access.PUBLIC, access("GET", "/api/v1/openapi.json"));
        assertEquals(Access.PUBLIC, access("POST", "/api/v1/public/cases/PH202611240001/notices/opt-out"));
        assertEquals(Access.PUBLIC, access("POST", "/api/v1/public/notices/opt-out"));
    }

    @Test
    public void staffCallsNeedTheirRoleAndAnythingUnlistedIsTheAdminsAlone() {
        assertEquals(Access.FLOOR_LISTS, access("GET", "/api/v1/tickets"));
        assertEquals(Access.FLOOR_LISTS, access("GET", "/api/v1/counters"));
        assertEquals(Access.FLOOR, access("POST", "/api/v1/counters/2/call-next"));
        assertEquals(Access.FLOOR, access("POST", "/api/v1/tickets/A012/cancel"));
        assertEquals(Access.CLERK, access("POST", "/api/v1/applications"));
        assertEquals(Access.CASES, access("POST", "/api/v1/cases/PH202611240001/actions"));
        assertEquals(Access.CLERK, access("POST", "/api/v1/cases/PH202611240001/supplement"));
        assertEquals(Access.ANY_STAFF, access("POST", "/api/v1/session/logout"));
        assertEquals(Access.SITE_ADMIN, access("GET", "/api/v1/ledger"));
        assertEquals(Access.SITE_ADMIN, access("GET", "/api/v1/ledger/export"));
        assertEquals(Access.ADMIN, access("GET", "/api/v1/staff"));
        assertEquals(Access.ADMIN, access("GET", "/api/v1/notices"));
        assertEquals(Access.ADMIN, access("POST", "/api/v1/notices/12/retry"));
        assertEquals(Access.ADMIN, access("POST", "/api/v1/notices/12/cancel"));
        assertEquals("no such route: admin alone", Access.ADMIN, access("POST", "/api/v1/notices/x1/cancel"));
        assertEquals(Access.CLERK, access("POST", "/api/v1/notices/opt-out"));
        assertEquals(Access.CLERK, access("POST", "/api/v1/notices/opt-in"));
        assertEquals(Access.ADMIN, access("GET", "/api/v1/rating-pads"));
        assertEquals(Access.ADMIN, access("POST", "/api/v1/rating-pads/3/pairing-code"));
        assertEquals(Access.ADMIN, access("POST", "/api/v1/rating-pads/3/unpair"));
        assertEquals(Access.ADMIN, access("POST", "/api/v1/items/XYZ-ITEM-01"));
        assertEquals(Access.ADMIN, access("DELETE", "/api/v1/cases/PH202611240001"));
        assertEquals(Access.ADMIN, access("FOO", "/api/v1/health"));
        assertEquals(Access.ADMIN, access("GET", "/api/v1/whatever/comes/next"));
        assertEquals(Access.ADMIN, access("GET", "/api/other"));
    }

    @Test
    public void aPathIsMatchedWholeLiteralsFirstAndItsParametersTakenOnce() {
        Routes.Found overdue = (Routes.Found) ROUTES.lookup("GET", "/api/v1/cases/overdue");
        assertEquals("/api/v1/cases/overdue", overdue.route().path().toString());
        Routes.Found document = (Routes.Found) ROUTES.lookup("GET", "/api/v1/cases/PH1/documents/notice");
        assertEquals(Map.of("number", "PH1", "kind", "notice"), document.parameters());
        Routes.Found named = (Routes.Found) ROUTES.lookup("GET", "/api/v1/items/工商-01");
        assertEquals(Map.of("code", "工商-01"), named.parameters());
        assertTrue(ROUTES.lookup("GET", "/api/v1/items/") instanceof Routes.Unknown);
        assertTrue(ROUTES.lookup("GET", "/api/v1/cases/PH1/more/than/known") instanceof Routes.Unknown);
        assertTrue("a parameter keeps to its pattern",
                ROUTES.lookup("POST", "/api/v1/rating-pads/abc/pair") instanceof Routes.Unknown);
        assertTrue(ROUTES.lookup("POST", "/api/v1/rectifications/1x/follow-up") instanceof Routes.Unknown);
    }

    @Test
    public void aKnownPathAskedWithAnotherMethodNamesTheMethodsItTakes() {
        assertEquals(new Routes.WrongMethod(Set.of(GET)), ROUTES.lookup("POST", "/api/v1/items"));
        assertEquals(new Routes.WrongMethod(Set.of(GET, POST)), ROUTES.lookup("DELETE", "/api/v1/tickets"));
        assertTrue(ROUTES.lookup("HEAD", "/api/v1/ledger/export") instanceof Routes.Found);
    }

    @Test
    public void aRouteCannotBeMadeWithoutItsAccessRule() {
        Handler handler = call -> "";
        assertThrows(NullPointerException.class, () -> route(GET, "/api/v1/x", null, handler));
        assertThrows(NullPointerException.class, () -> new Route(GET, PathTemplate.of("/api/v1/x"), null, handler, 200, false));
        for (Constructor<?> constructor : Route.class.getConstructors()) {
            assertTrue(constructor.toString(), Arrays.asList(constructor.getParameterTypes()).contains(Access.class));
        }
        for (Method factory : Route.class.getMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == Route.class) {
                assertTrue(factory.toString(), Arrays.asList(factory.getParameterTypes()).contains(Access.class));
            }
        }
    }

    @Test
    public void aRouteIsDeclaredOnce() {
        Handler handler = call -> "";
        assertThrows(IllegalArgumentException.class, () -> new Routes(List.of(
                route(GET, "/api/v1/cases/{number}", Access.CASES, handler),
                route(GET, "/api/v1/cases/{other}", Access.PUBLIC, handler))));
        assertThrows(IllegalArgumentException.class, () -> new Routes(List.of(
                route(GET, "/api/v1/openapi.json", Access.ADMIN, handler))));
    }

    @Test
    public void aTemplateIsLiteralsAndWholeSegmentParameters() {
        for (String bad : new String[] {"", "/", "api/v1/x", "/api/v1//x", "/api/v1/x/", "/api/v1/{a}/{a}",
            "/api/v1/x{a}", "/api/v1/X"}) {
            assertThrows(bad, IllegalArgumentException.class, () -> PathTemplate.of(bad));
        }
    }

    @Test
    public void whileTheTableIsAwayHealthAloneIsServedAndTheOldPathMeansReadiness() {
        Routes away = Routes.whileAway(new HealthApi());
        for (String path : List.of("/api/v1/health", "/api/v1/health/ready", "/api/v1/health/live")) {
            assertTrue(path, away.lookup("GET", path) instanceof Routes.Found);
            assertEquals(path, Access.PUBLIC, ROUTES.lookup("GET", path).access());
        }
        assertTrue(away.lookup("GET", "/api/v1/items") instanceof Routes.Unknown);
        assertTrue("no description of a table that is away",
                away.lookup("GET", Routes.DESCRIPTION) instanceof Routes.Unknown);
        assertEquals(3, away.routes().size());
    }
}
