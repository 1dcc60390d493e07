package org.parkhall.web.internal.access;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A signed-in member of staff and what their roles allow. Roles come from the Karaf JAAS realm:
 * {@value #HALL_ADMIN}, {@value #CLERK} (综窗受理), {@value #GUIDE} (咨询导办) and {@code approver:<department>}
 * (a department's approver, e.g. {@code approver:amr}).
 */
public record Staff(String user, Set<String> roles, String csrfToken) {
    public static final String HALL_ADMIN = "halladmin";
    public static final String CLERK = "clerk";
    public static final String GUIDE = "guide";
    public static final String APPROVER = "approver:";

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

    /** The departments this member approves for, one per {@code approver:<department>} role. */
    public Set<String> departments() {
        return roles.stream().filter(role -> role.startsWith(APPROVER) && role.length() > APPROVER.length())
                .map(role -> role.substring(APPROVER.length())).collect(Collectors.toCollection(TreeSet::new));
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

    /** Whether any of the roles is one the hall knows; other Karaf roles (viewer, admin…) give no web access. */
    public boolean isHallStaff() {
        return isClerk() || isGuide() || !departments().isEmpty();
    }
}
