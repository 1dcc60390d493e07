package org.parkhall.web.internal.access;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

/** Which cases each combination of roles sees and decides. */
public class StaffTest {

    private static Staff with(String... roles) {
        return new Staff("someone", Set.of(roles), "t");
    }

    @Test
    public void anApproverSeesAndDecidesOnlyTheirDepartments() {
        Staff amr = with("approver:amr");
        assertTrue(amr.sees("amr") && amr.decidesFor("amr"));
        assertFalse(amr.sees("tax") || amr.decidesFor("tax"));
        Staff two = with("approver:amr", "approver:tax");
        assertEquals(Set.of("amr", "tax"), two.departments());
        assertTrue(two.decidesFor("tax") && !two.decidesFor("hrss") && !two.sees("hrss"));
    }

    @Test
    public void aClerkWhoAlsoApprovesSeesEveryCaseButDecidesOnlyForTheirDepartment() {
        Staff clerkAndAmr = with("clerk", "approver:amr");
        assertTrue(clerkAndAmr.sees("tax") && clerkAndAmr.isClerk());
        assertTrue(clerkAndAmr.decidesFor("amr"));
        assertFalse("clerk+approver:amr does not approve a tax case", clerkAndAmr.decidesFor("tax"));
        assertFalse(with("clerk").decidesFor("amr"));
        assertFalse(with("guide", "approver:amr").decidesFor("tax"));
    }

    @Test
    public void aHallAdminSeesAndDecidesEverythingKarafRolesNothing() {
        assertTrue(with("halladmin").decidesFor("tax") && with("halladmin").sees("tax"));
        Staff karafAdmin = with("admin", "viewer");
        assertFalse(karafAdmin.isHallStaff() || karafAdmin.sees("tax") || karafAdmin.decidesFor("tax"));
        assertFalse("an empty department name is no role", with("approver:").isHallStaff());
    }
}
