package org.parkhall.web.internal.access;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.parkhall.api.SiteScope;

/**
 * A signed-in member of staff and what their roles allow. Roles come from the Karaf JAAS realm:
 * {@value #HALL_ADMIN}, {@value #CLERK} (综窗受理), {@value #GUIDE} (咨询导办) and {@code approver:<department>}
 * (a department's approver, e.g. {@code approver:amr}), {@code lead:<department>} (its lead, who approves too) and
 * {@code siteadmin:<site>} (a hall admin of one site, who sees that site's cases, ledger, figures and floor lists).
 */
public record Staff(String user, Set<String> roles, String csrfToken) {
    public static final String HALL_ADMIN = SiteScope.COUNTY_ADMIN;
    public static final String CLERK = "clerk";
    public static final String GUIDE = "guide";
    public static final String APPROVER = "approver:";
    /** A department's lead (部门负责人): approves, and signs off, extends and reassigns the department's cases. */
    public static final String LEAD = "lead:";

    /** The request attribute the access filter puts the signed-in staff under. */
    public static final String ATTRIBUTE = "parkhall.staff";

    public boolean isAdmin() {
        return roles.contains(HALL_ADMIN);
    }

    public boolean isClerk() {
        return roles.contains(CLERK) || isAdmin();
    }

    public boolean isGuide() {
        return roles.contains(GUIDE);
    }

    /** The departments this member approves for, one per {@code approver:} or {@code lead:<department>} role. */
    public Set<String> departments() {
        Set<String> departments = departmentsOf(APPROVER);
        departments.addAll(leads());
        return departments;
    }

    /** The departments this member leads, one per {@code lead:<department>} role. */
    public Set<String> leads() {
        return departmentsOf(LEAD);
    }

    /** Whether they take a lead's steps on a case of {@code department}: its lead, or a hall admin. */
    public boolean leadsFor(String department) {
        return isAdmin() || leads().contains(department);
    }

    private Set<String> departmentsOf(String prefix) {
        return roles.stream().filter(role -> role.startsWith(prefix) && role.length() > prefix.length())
                .map(role -> role.substring(prefix.length())).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Whether they may see a case of {@code department}: clerks and admins see every department's; an approver
     * who is not also a clerk sees only the cases of the departments they approve for.
     */
    public boolean sees(String department) {
        return isClerk() || departments().contains(department);
    }

    /**
     * Whether they may decide a case of {@code department} (approve, deny, suspend, resume): that department's
     * approver or a hall admin. A clerk who also approves for one department decides for that one alone.
     */
    public boolean decidesFor(String department) {
        return isAdmin() || departments().contains(department);
    }

    /**
     * The sites whose figures they see as a hall admin: every site for a county admin ({@value #HALL_ADMIN}), the
     * named ones for a site admin ({@code siteadmin:<code>}); empty for anyone else.
     */
    public Optional<SiteScope> siteScope() {
        return SiteScope.of(roles);
    }

    /** Whether any of the roles is one the hall knows; other Karaf roles (viewer, admin…) give no web access. */
    public boolean isHallStaff() {
        return isClerk() || isGuide() || !departments().isEmpty() || siteScope().isPresent();
    }
}
