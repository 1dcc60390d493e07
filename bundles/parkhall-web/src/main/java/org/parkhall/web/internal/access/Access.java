package org.parkhall.web.internal.access;

import java.util.function.Predicate;

import org.parkhall.spi.Bilingual;

/**
 * Who may call a route. Public calls are what the kiosk, the hall display, the rating pad and the guide pages
 * need. A request that matches no route is the hall admin's alone, so a caller who is not signed in learns
 * nothing more from it than "sign in". Approvers are further limited to their department's cases by the cases API.
 */
public enum Access {
    PUBLIC(staff -> true, Bilingual.of("任何人，无需登录", "anyone, no sign-in")),
    /** Staff on the floor: clerks, guides (咨询导办) and admins. */
    FLOOR(staff -> staff.isClerk() || staff.isGuide(), Bilingual.of("大厅工作人员：窗口、导办、管理员",
            "floor staff: clerks, guides and hall admins")),
    CLERK(Staff::isClerk, Bilingual.of("综合窗口工作人员及管理员", "clerks and hall admins")),
    /** Clerks, admins and approvers (who see only their department's cases). */
    CASES(staff -> staff.isClerk() || !staff.departments().isEmpty(), Bilingual.of(
            "窗口工作人员、管理员及部门审批人员（仅本部门办件）", "clerks, hall admins and approvers (their department's cases)")),
    ANY_STAFF(Staff::isHallStaff, Bilingual.of("任何已登录的工作人员", "any signed-in staff member")),
    ADMIN(Staff::isAdmin, Bilingual.of("大厅管理员", "hall admins"));

    private final Predicate<Staff> allows;
    private final Bilingual who;

    Access(Predicate<Staff> allows, Bilingual who) {
        this.allows = allows;
        this.who = who;
    }

    public boolean allows(Staff staff) {
        return allows.test(staff);
    }

    /** Who this lets in, in words, for the API description. */
    public Bilingual who() {
        return who;
    }
}
