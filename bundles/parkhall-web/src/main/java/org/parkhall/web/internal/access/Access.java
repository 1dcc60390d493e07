package org.parkhall.web.internal.access;

import java.util.function.Predicate;

import org.parkhall.spi.Bilingual;

/**
 * Who may call a route. Public calls are what the kiosk, the hall display, the rating pad and the guide pages
 * need; {@link #APPLICANT} calls are the online services'. A request that matches no route is the hall admin's alone, so a caller who is not signed in learns
 * nothing more from it than "sign in". Approvers are further limited to their department's cases by the cases API.
 */
public enum Access {
    PUBLIC(staff -> true, Bilingual.of("任何人，无需登录", "anyone, no sign-in")),
    /** Staff on the floor: clerks, guides (咨询导办) and admins. */
    FLOOR(staff -> staff.isClerk() || staff.isGuide(), Bilingual.of("大厅工作人员：窗口、导办、管理员",
            "floor staff: clerks, guides and hall admins")),
    /**
     * The floor's lists (tickets, counters): floor staff, and site admins on a node serving one of their
     * sites (the floor a node serves is its site's).
     */
    FLOOR_LISTS(staff -> staff.isClerk() || staff.isGuide() || staff.siteScope().isPresent(), Bilingual.of(
            "大厅工作人员，及本节点所服务站点的站点管理员", "floor staff, and site admins of the site this node serves")),
    CLERK(Staff::isClerk, Bilingual.of("综合窗口工作人员及管理员", "clerks and hall admins")),
    /**
     * Clerks, admins, approvers (who see only their department's cases) and site admins (who see their sites' cases
     * and take no step in them).
     */
    CASES(staff -> staff.isClerk() || !staff.departments().isEmpty() || staff.siteScope().isPresent(), Bilingual.of(
            "窗口工作人员、管理员、部门审批人员（仅本部门办件）及站点管理员（仅本站点办件）",
            "clerks, hall admins, approvers (their department's cases) and site admins (their site's cases)")),
    /**
     * The departments' approvers and leads, and hall admins: supervision (督办), countersigning and bad ratings'
     * rectifications (each department sees its own).
     */
    DEPARTMENTS(staff -> staff.isAdmin() || !staff.departments().isEmpty(), Bilingual.of(
            "部门审批人员、部门负责人及管理员", "department approvers and leads, and hall admins")),
    ANY_STAFF(Staff::isHallStaff, Bilingual.of("任何已登录的工作人员", "any signed-in staff member")),
    ADMIN(Staff::isAdmin, Bilingual.of("大厅管理员", "hall admins")),
    /** County admins (every site) and site admins ({@code siteadmin:<site>}, their sites alone). */
    SITE_ADMIN(staff -> staff.siteScope().isPresent(), Bilingual.of("县级管理员及站点管理员（仅本站点）",
            "county admins and site admins (their site's)")),
    /**
     * A member of the public signed in online (网上办) through the identity provider, in a session of its own
     * (never a staff session); which cases they may see the online API decides (their own, or their enterprise's).
     */
    APPLICANT(staff -> false, Bilingual.of("网上登录的申请人（个人或企业经办人）", "applicants signed in online (persons or "
            + "those acting for an enterprise)"));

    private final Predicate<Staff> allows;
    private final Bilingual who;

    Access(Predicate<Staff> allows, Bilingual who) {
        this.allows = allows;
        this.who = who;
    }

    public boolean allows(Staff staff) {
        return allows.test(staff);
    }

    /**
     * Whether {@code staff}, whom {@link #allows(Staff)} lets in, may call on a node serving site {@code here}: a
     * site admin who is not floor staff reads the {@link #FLOOR_LISTS} of their own sites' nodes alone.
     */
    public boolean allowsAt(Staff staff, String here) {
        return this != FLOOR_LISTS || staff.isClerk() || staff.isGuide()
                || staff.siteScope().map(scope -> scope.sees(here)).orElse(false);
    }

    /** Who this lets in, in words, for the API description. */
    public Bilingual who() {
        return who;
    }
}
