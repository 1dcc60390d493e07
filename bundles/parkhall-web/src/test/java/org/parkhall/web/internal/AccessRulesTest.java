package org.parkhall.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;
import org.parkhall.web.internal.AccessRules.Access;

public class AccessRulesTest {
    private static final Staff CLERK = new Staff("wang", Set.of("clerk"), "t");
    private static final Staff GUIDE = new Staff("chen", Set.of("guide"), "t");
    private static final Staff APPROVER = new Staff("li", Set.of("approver:amr"), "t");
    private static final Staff ADMIN = new Staff("zhou", Set.of("halladmin"), "t");
    private static final Staff SHELL_OPERATOR = new Staff("karaf", Set.of("admin", "viewer"), "t");

    @Test
    public void theKioskDisplayRatingPadAndGuidesNeedNoLogin() {
        assertEquals(Access.PUBLIC, AccessRules.of("POST", "/api/v1/tickets"));
        assertEquals(Access.PUBLIC, AccessRules.of("GET", "/api/v1/tickets/A012"));
        assertEquals(Access.PUBLIC, AccessRules.of("GET", "/api/v1/display/events"));
        assertEquals(Access.PUBLIC, AccessRules.of("GET", "/api/v1/rate/3"));
        assertEquals(Access.PUBLIC, AccessRules.of("POST", "/api/v1/ratings"));
        assertEquals(Access.PUBLIC, AccessRules.of("POST", "/api/v1/rating-pads/3/pair"));
        assertEquals(Access.PUBLIC, AccessRules.of("HEAD", "/api/v1/items/XYZ-ITEM-01"));
        assertEquals(Access.PUBLIC, AccessRules.of("POST", "/api/v1/appointments/Y20261125001/check-in"));
        assertEquals(Access.PUBLIC, AccessRules.of("GET", "/api/v1/public/cases/PH202611240001"));
    }

    @Test
    public void staffCallsNeedTheirRoleAndAnythingUnlistedIsTheAdminsAlone() {
        assertEquals(Access.FLOOR, AccessRules.of("GET", "/api/v1/tickets"));
        assertEquals(Access.FLOOR, AccessRules.of("POST", "/api/v1/tickets/A012/cancel"));
        assertEquals(Access.CLERK, AccessRules.of("POST", "/api/v1/applications"));
        assertEquals(Access.CASES, AccessRules.of("POST", "/api/v1/cases/PH202611240001/actions"));
        assertEquals(Access.ADMIN, AccessRules.of("GET", "/api/v1/ledger"));
        assertEquals(Access.ADMIN, AccessRules.of("GET", "/api/v1/rating-pads"));
        assertEquals(Access.ADMIN, AccessRules.of("POST", "/api/v1/rating-pads/3/pairing-code"));
        assertEquals(Access.ADMIN, AccessRules.of("POST", "/api/v1/rating-pads/3/unpair"));
        assertEquals(Access.ADMIN, AccessRules.of("POST", "/api/v1/items/XYZ-ITEM-01"));
        assertEquals(Access.ADMIN, AccessRules.of("DELETE", "/api/v1/cases/PH202611240001"));
        assertEquals(Access.ADMIN, AccessRules.of("GET", "/api/v1/whatever/comes/next"));
    }

    @Test
    public void rolesAllowTheirShare() {
        assertTrue(Access.FLOOR.allows(GUIDE) && Access.FLOOR.allows(CLERK) && Access.FLOOR.allows(ADMIN));
        assertFalse(Access.FLOOR.allows(APPROVER));
        assertTrue(Access.CASES.allows(APPROVER) && Access.CASES.allows(CLERK));
        assertFalse(Access.CASES.allows(GUIDE));
        assertFalse(Access.CLERK.allows(APPROVER));
        assertFalse(Access.ADMIN.allows(CLERK));
        assertFalse("Karaf's own roles give no web access", SHELL_OPERATOR.isHallStaff());
    }
}
