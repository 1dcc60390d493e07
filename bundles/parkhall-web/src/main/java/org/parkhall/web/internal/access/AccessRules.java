package org.parkhall.web.internal.access;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import org.parkhall.web.internal.http.CanonicalPathFilter;
import org.parkhall.web.internal.cases.CasesServlet;

/**
 * Who may call what, in one table: the first rule matching the method and path decides, and a path no rule names
 * is for the hall admin only. Public calls are what the kiosk, the hall display, the rating pad and the guide
 * pages need. Approvers are further limited to their department's cases by {@link CasesServlet}.
 */
public final class AccessRules {

    /** Who a rule lets through. */
    public enum Access {
        PUBLIC(staff -> true),
        /** Staff on the floor: clerks, guides (咨询导办) and admins. */
        FLOOR(staff -> staff.isClerk() || staff.isGuide()),
        CLERK(Staff::isClerk),
        /** Clerks, admins and approvers (who see only their department's cases). */
        CASES(staff -> staff.isClerk() || !staff.departments().isEmpty()),
        ANY_STAFF(Staff::isHallStaff),
        ADMIN(Staff::isAdmin);

        private final Predicate<Staff> allows;

        Access(Predicate<Staff> allows) {
            this.allows = allows;
        }

        public boolean allows(Staff staff) {
            return allows.test(staff);
        }
    }

    private record Rule(String method, Pattern path, Access access) {
    }

    private static final String ID = "[^/]+";
    private static final List<Rule> RULES = List.of(
            rule("GET", "/api/v1/session", Access.PUBLIC),
            rule("POST", "/api/v1/session", Access.PUBLIC),
            rule("POST", "/api/v1/session/logout", Access.ANY_STAFF),
            rule("GET", "/api/v1/health", Access.PUBLIC),
            rule("GET", "/api/v1/items(/" + ID + ")?", Access.PUBLIC),
            rule("GET", "/api/v1/queues", Access.PUBLIC),
            rule("POST", "/api/v1/tickets", Access.PUBLIC),
            rule("GET", "/api/v1/tickets/" + ID, Access.PUBLIC),
            rule("GET", "/api/v1/display/events", Access.PUBLIC),
            rule("GET", "/api/v1/rate/" + ID, Access.PUBLIC),
            rule("POST", "/api/v1/ratings", Access.PUBLIC),
            rule("POST", "/api/v1/rating-pads/" + ID + "/pair", Access.PUBLIC),
            rule("GET", "/api/v1/appointments/" + ID, Access.PUBLIC),
            rule("POST", "/api/v1/appointments(/" + ID + "/(check-in|cancel))?", Access.PUBLIC),
            rule("GET", "/api/v1/public/cases/" + ID, Access.PUBLIC),
            rule("GET", "/api/v1/(appointments|tickets|counters)", Access.FLOOR),
            rule("POST", "/api/v1/tickets/" + ID + "/(rejoin|cancel)", Access.FLOOR),
            rule("POST", "/api/v1/counters/" + ID + "/" + ID, Access.FLOOR),
            rule("POST", "/api/v1/applications", Access.CLERK),
            rule("POST", "/api/v1/cases/" + ID + "/(supplement|query-code)", Access.CLERK),
            rule("GET", "/api/v1/cases(/.*)?", Access.CASES),
            rule("POST", "/api/v1/cases/" + ID + "/actions", Access.CASES));

    private AccessRules() {
    }

    /**
     * The access a request needs, from its method and the path it is dispatched on (which
     * {@link CanonicalPathFilter} has checked is the path as sent).
     */
    public static Access of(HttpServletRequest request) {
        return of(request.getMethod(), CanonicalPathFilter.dispatchedPath(request));
    }

    public static Access of(String method, String path) {
        String verb = method.equals("HEAD") ? "GET" : method;
        return RULES.stream().filter(rule -> rule.method().equals(verb) && rule.path().matcher(path).matches())
                .map(Rule::access).findFirst().orElse(Access.ADMIN);
    }

    private static Rule rule(String method, String path, Access access) {
        return new Rule(method, Pattern.compile(path), access);
    }
}
