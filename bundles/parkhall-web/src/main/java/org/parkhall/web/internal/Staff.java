package org.parkhall.web.internal;

import java.util.Set;

/**
 * A signed-in member of staff and what their roles allow. Roles come from the Karaf JAAS realm:
 * {@value #HALL_ADMIN}, {@value #CLERK} (综窗受理), {@value #GUIDE} (咨询导办) and {@code approver:<department>}
 * (a department's approver, e.g. {@code approver:amr}).
 */
record Staff(String user, Set<String> roles, String csrfToken) {
    static final String HALL_ADMIN = "halladmin";
    static final String CLERK = "clerk";
    static final String GUIDE = "guide";
    static final String APPROVER = "approver:";

    /** The request attribute the access filter puts the signed-in staff under. */
    static final String ATTRIBUTE = "parkhall.staff";

    boolean isAdmin() {
        return roles.contains(HALL_ADMIN);
    }

    boolean isClerk() {
        return roles.contains(CLERK) || isAdmin();
    }

    boolean isGuide() {
        return roles.contains(GUIDE);
    }

    /** The department this approver decides for, empty for anyone else. */
    String department() {
        return roles.stream().filter(role -> role.startsWith(APPROVER) && role.length() > APPROVER.length())
                .map(role -> role.substring(APPROVER.length())).findFirst().orElse("");
    }

    /** An approver and nothing more: sees and decides only their department's cases. */
    boolean isOnlyApprover() {
        return !department().isEmpty() && !isClerk();
    }

    /** Whether any of the roles is one the hall knows; other Karaf roles (viewer, admin…) give no web access. */
    boolean isHallStaff() {
        return isClerk() || isGuide() || !department().isEmpty();
    }
}
