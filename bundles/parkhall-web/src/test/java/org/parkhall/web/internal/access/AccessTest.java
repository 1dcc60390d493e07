package org.parkhall.web.internal.access;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

public class AccessTest {
    private static final Staff CLERK = new Staff("wang", Set.of("clerk"), "t");
    private static final Staff GUIDE = new Staff("chen", Set.of("guide"), "t");
    private static final Staff APPROVER = new Staff("li", Set.of("approver:amr"), "t");
    private static final Staff ADMIN = new Staff("zhou", Set.of("halladmin"), "t");
    private static final Staff PARK_ADMIN = new Staff("zhao", Set.of("siteadmin:PARK"), "t");
    private static final Staff SHELL_OPERATOR = new Staff("karaf", Set.of("admin", "viewer"), "t");

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

    @Test
    public void aSiteAdminReadsTheirSitesCasesLedgerAndFiguresButManagesNoAccountOrFloor() {
        assertTrue(Access.CASES.allows(PARK_ADMIN) && Access.SITE_ADMIN.allows(PARK_ADMIN));
        assertTrue(Access.FLOOR_LISTS.allows(PARK_ADMIN));
        assertFalse(Access.ADMIN.allows(PARK_ADMIN));
        assertFalse(Access.FLOOR.allows(PARK_ADMIN));
        assertFalse(Access.CLERK.allows(PARK_ADMIN));
        assertFalse(Access.FLOOR_LISTS.allows(APPROVER));
    }

    @Test
    public void aSiteAdminReadsTheFloorListsOfTheirOwnSitesNodeAlone() {
        assertTrue(Access.FLOOR_LISTS.allowsAt(PARK_ADMIN, "PARK"));
        assertFalse(Access.FLOOR_LISTS.allowsAt(PARK_ADMIN, "HQ"));
        assertTrue("floor staff work wherever they sign in", Access.FLOOR_LISTS.allowsAt(CLERK, "HQ"));
        assertTrue(Access.FLOOR_LISTS.allowsAt(ADMIN, "TOWN"));
        assertTrue("only the floor lists are bound to the node's site", Access.CASES.allowsAt(PARK_ADMIN, "HQ"));
    }
}
