package org.parkhall.web.internal.api;

import static org.parkhall.web.internal.access.Access.ADMIN;
import static org.parkhall.web.internal.access.Access.ANY_STAFF;
import static org.parkhall.web.internal.access.Access.APPLICANT;
import static org.parkhall.web.internal.access.Access.CASES;
import static org.parkhall.web.internal.access.Access.CLERK;
import static org.parkhall.web.internal.access.Access.DEPARTMENTS;
import static org.parkhall.web.internal.access.Access.FLOOR;
import static org.parkhall.web.internal.access.Access.FLOOR_LISTS;
import static org.parkhall.web.internal.access.Access.PUBLIC;
import static org.parkhall.web.internal.access.Access.SITE_ADMIN;
import static org.parkhall.web.internal.api.Route.Method.GET;
import static org.parkhall.web.internal.api.Route.Method.POST;
import static org.parkhall.web.internal.api.Route.redirecting;
import static org.parkhall.web.internal.api.Route.route;
import static org.parkhall.web.internal.api.Route.upload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.web.internal.access.Access;
import org.parkhall.web.internal.access.SessionApi;
import org.parkhall.web.internal.applicant.PublicCasesApi;
import org.parkhall.web.internal.appointments.AppointmentsApi;
import org.parkhall.web.internal.cases.ApplicationsApi;
import org.parkhall.web.internal.cases.CasesApi;
import org.parkhall.web.internal.cases.ReviewsApi;
import org.parkhall.web.internal.catalog.ItemsApi;
import org.parkhall.web.internal.floor.DisplayEvents;
import org.parkhall.web.internal.floor.FloorApi;
import org.parkhall.web.internal.hall.HallInfoApi;
import org.parkhall.web.internal.hall.HealthApi;
import org.parkhall.web.internal.http.CanonicalPathFilter;
import org.parkhall.web.internal.http.RequestLog;
import org.parkhall.web.internal.ledger.LedgerApi;
import org.parkhall.web.internal.notices.NoticesApi;
import org.parkhall.web.internal.online.OnlineApi;
import org.parkhall.web.internal.ratings.RatingPadsApi;
import org.parkhall.web.internal.ratings.RatingsApi;
import org.parkhall.web.internal.ratings.RectificationsApi;
import org.parkhall.web.internal.records.RecordsApi;
import org.parkhall.web.internal.reports.ReportsApi;
import org.parkhall.web.internal.sites.SitesApi;
import org.parkhall.web.internal.staff.StaffApi;
import org.parkhall.web.internal.statistics.StatisticsApi;

/**
 * The API's routes, each declared once in {@link #table}: method, path, who may call it, and its handler. The
 * dispatcher ({@link ApiServlet}), the access filter and the API description ({@link OpenApi}, served at
 * {@value #DESCRIPTION}) all read this one table.
 */
@Component(service = Routes.class)
public final class Routes {
    static final String DESCRIPTION = "/api/v1/openapi.json";

    /** What a request's method and path find in the table. */
    public sealed interface Lookup {
        /** Who may make this request: the route's rule, or the hall admin's alone for what no route names. */
        Access access();
    }

    /** The route, with the path parameters' values. */
    public record Found(Route route, Map<String, String> parameters) implements Lookup {
        @Override
        public Access access() {
            return route.access();
        }
    }

    /** A path some route has, asked with a method none of them answers. */
    public record WrongMethod(Set<Route.Method> allowed) implements Lookup {
        @Override
        public Access access() {
            return ADMIN;
        }
    }

    /** A path no route has. */
    public record Unknown() implements Lookup {
        @Override
        public Access access() {
            return ADMIN;
        }
    }

    private final List<Route> routes;
    private final JsonObject description;

    @Activate
    public Routes(@Reference SessionApi session, @Reference HealthApi health, @Reference HallInfoApi hall,
            @Reference ItemsApi items, @Reference FloorApi floor, @Reference DisplayEvents display,
            @Reference AppointmentsApi appointments, @Reference ApplicationsApi applications,
            @Reference CasesApi cases, @Reference PublicCasesApi publicCases, @Reference RatingsApi ratings,
            @Reference RatingPadsApi pads, @Reference LedgerApi ledger, @Reference StatisticsApi statistics,
            @Reference StaffApi staff, @Reference SitesApi sites, @Reference RecordsApi records,
            @Reference RectificationsApi rectifications, @Reference ReviewsApi reviews, @Reference OnlineApi online,
            @Reference ReportsApi reports, @Reference NoticesApi notices) {
        this(table(session, health, hall, items, floor, display, appointments, applications, cases, publicCases,
                ratings, pads, ledger, statistics, staff, sites, records, rectifications, reviews, online, reports,
                notices));
    }

    Routes(List<Route> table) {
        this(table, true);
    }

    private Routes(List<Route> table, boolean described) {
        List<Route> all = new ArrayList<>(table);
        if (described) {
            all.add(route(GET, DESCRIPTION, PUBLIC, call -> description()));
        }
        for (int i = 0; i < all.size(); i++) {
            for (Route other : all.subList(0, i)) {
                if (other.method() == all.get(i).method() && other.path().sameShape(all.get(i).path())) {
                    throw new IllegalArgumentException(all.get(i) + " is declared twice: also as " + other);
                }
            }
        }
        all.sort((a, b) -> PathTemplate.MOST_SPECIFIC_FIRST.compare(a.path(), b.path()));
        this.routes = List.copyOf(all);
        this.description = OpenApi.describe(routes);
    }

    /** What is served while the table is away (a component it needs is not active): health alone. */
    static Routes whileAway(HealthApi health) {
        return new Routes(health(health), false);
    }

    /** Readiness (also at {@code /api/v1/health}, as first documented) and liveness. */
    private static List<Route> health(HealthApi health) {
        return List.of(
                route(GET, "/api/v1/health", PUBLIC, health::ready),
                route(GET, "/api/v1/health/ready", PUBLIC, health::ready),
                route(GET, "/api/v1/health/live", PUBLIC, health::live));
    }

    /** The table. Within it the order does not matter: a literal segment is matched before a parameter. */
    static List<Route> table(SessionApi session, HealthApi health, HallInfoApi hall, ItemsApi items, FloorApi floor,
            DisplayEvents display, AppointmentsApi appointments, ApplicationsApi applications, CasesApi cases,
            PublicCasesApi publicCases, RatingsApi ratings, RatingPadsApi pads, LedgerApi ledger,
            StatisticsApi statistics, StaffApi staff, SitesApi sites, RecordsApi records,
            RectificationsApi rectifications, ReviewsApi reviews, OnlineApi online, ReportsApi reports,
            NoticesApi notices) {
        List<Route> table = new ArrayList<>(health(health));
        table.addAll(List.of(
                route(GET, "/api/v1/session", PUBLIC, session::current),
                route(POST, "/api/v1/session", PUBLIC, session::signIn),
                route(POST, "/api/v1/session/logout", ANY_STAFF, session::signOut),
                route(GET, "/api/v1/calendar", ADMIN, hall::calendar),
                route(GET, "/api/v1/checklist", ADMIN, hall::checklist),

                route(GET, "/api/v1/items", PUBLIC, items::search),
                route(GET, "/api/v1/items/{code}", PUBLIC, items::entry),
                route(GET, "/api/v1/sites", PUBLIC, sites::sites),
                route(GET, "/api/v1/sites/{code}/items", PUBLIC, items::atSite),

                route(GET, "/api/v1/queues", PUBLIC, floor::queues),
                route(POST, "/api/v1/tickets", PUBLIC, floor::issue),
                route(GET, "/api/v1/tickets/{label}", PUBLIC, floor::ticket),
                route(GET, "/api/v1/tickets", FLOOR_LISTS, floor::tickets),
                route(POST, "/api/v1/tickets/{label}/rejoin", FLOOR, floor::rejoin),
                route(POST, "/api/v1/tickets/{label}/cancel", FLOOR, floor::cancel),
                route(GET, "/api/v1/counters", FLOOR_LISTS, floor::counters),
                route(POST, "/api/v1/counters/{counter}/sign-in", FLOOR, floor::signIn),
                route(POST, "/api/v1/counters/{counter}/sign-out", FLOOR, floor::signOut),
                route(POST, "/api/v1/counters/{counter}/call-next", FLOOR, floor::callNext),
                route(POST, "/api/v1/counters/{counter}/recall", FLOOR, floor::recall),
                route(POST, "/api/v1/counters/{counter}/no-show", FLOOR, floor::noShow),
                route(POST, "/api/v1/counters/{counter}/start", FLOOR, floor::start),
                route(POST, "/api/v1/counters/{counter}/finish", FLOOR, floor::finish),
                route(POST, "/api/v1/counters/{counter}/transfer", FLOOR, floor::transfer),
                route(POST, "/api/v1/counters/{counter}/call-ticket", FLOOR, floor::callTicket),
                route(POST, "/api/v1/counters/{counter}/hold", FLOOR, floor::hold),
                route(POST, "/api/v1/counters/{counter}/call-back", FLOOR, floor::callBack),
                route(POST, "/api/v1/counters/{counter}/pause", FLOOR, floor::pause),
                route(POST, "/api/v1/counters/{counter}/resume", FLOOR, floor::resume),
                route(GET, "/api/v1/display/events", PUBLIC, display::listen),

                route(GET, "/api/v1/hours", PUBLIC, appointments::hours),
                route(GET, "/api/v1/appointments/slots", PUBLIC, appointments::slots),
                route(POST, "/api/v1/appointments", PUBLIC, appointments::book),
                route(GET, "/api/v1/appointments/{reference}", PUBLIC, appointments::booking),
                route(POST, "/api/v1/appointments/{reference}/check-in", PUBLIC, appointments::checkIn),
                route(POST, "/api/v1/appointments/{reference}/cancel", PUBLIC, appointments::cancel),
                route(GET, "/api/v1/appointments", FLOOR, appointments::bookings),

                route(POST, "/api/v1/applications", CLERK, applications::submit),
                route(GET, "/api/v1/cases", CASES, cases::search),
                route(GET, "/api/v1/cases/overdue", CASES, cases::overdue),
                route(GET, "/api/v1/cases/{number}", CASES, cases::file),
                route(GET, "/api/v1/cases/{number}/ledger", CASES, cases::history),
                route(GET, "/api/v1/cases/{number}/documents/{kind}", CASES, cases::document),
                route(POST, "/api/v1/cases/{number}/supplement", CLERK, cases::supplement),
                route(POST, "/api/v1/cases/{number}/query-code", CLERK, cases::queryCode),
                route(POST, "/api/v1/cases/{number}/actions", CASES, cases::act),
                route(GET, "/api/v1/cases/{number}/sites", CASES, cases::sites),
                route(POST, "/api/v1/cases/{number}/hand-over", CLERK, cases::handOver),
                route(POST, "/api/v1/cases/{number}/pickup-site", CLERK, cases::pickupSite),
                route(GET, "/api/v1/cases/{number}/review", CASES, reviews::progress),
                route(POST, "/api/v1/cases/{number}/review", CASES, reviews::step),
                route(GET, "/api/v1/countersigns", DEPARTMENTS, reviews::awaitingCountersign),
                route(GET, "/api/v1/supervision", DEPARTMENTS, reviews::supervision),
                route(GET, "/api/v1/public/cases/{number}", PUBLIC, publicCases::status),
                upload("/api/v1/cases/{number}/materials/{material}", CLERK, cases::attach),
                route(GET, "/api/v1/cases/{number}/materials", CASES, cases::materials),
                route(GET, "/api/v1/cases/{number}/materials/{id:\\d{1,18}}", CASES, cases::material),

                route(GET, "/api/v1/online/items", PUBLIC, items::online),
                route(POST, "/api/v1/online/sign-in", PUBLIC, online::signIn),
                redirecting("/api/v1/online/sign-in/callback", PUBLIC, online::callback),
                route(GET, "/api/v1/online/account", APPLICANT, online::account),
                route(POST, "/api/v1/online/sign-out", APPLICANT, online::signOut),
                route(POST, "/api/v1/online/applications", APPLICANT, online::apply),
                route(GET, "/api/v1/online/cases", APPLICANT, online::cases),
                route(GET, "/api/v1/online/cases/{number}", APPLICANT, online::caseFile),
                route(POST, "/api/v1/online/cases/{number}/supplement", APPLICANT, online::supplement),
                upload("/api/v1/online/cases/{number}/materials/{material}", APPLICANT, online::upload),
                route(GET, "/api/v1/online/cases/{number}/materials/{id:\\d{1,18}}", APPLICANT, online::material),

                route(POST, "/api/v1/ratings", PUBLIC, ratings::rate),
                route(GET, "/api/v1/rate/{counter}", PUBLIC, ratings::pad),
                route(GET, "/api/v1/rectifications", DEPARTMENTS, rectifications::rectifications),
                route(POST, "/api/v1/rectifications/{id:\\d{1,18}}/record", DEPARTMENTS, rectifications::record),
                route(POST, "/api/v1/rectifications/{id:\\d{1,18}}/follow-up", DEPARTMENTS, rectifications::followUp),
                route(POST, "/api/v1/rectifications/{id:\\d{1,18}}/appeal", ANY_STAFF, rectifications::appeal),
                route(GET, "/api/v1/rating-appeals", ADMIN, rectifications::appeals),
                route(POST, "/api/v1/rating-appeals/{id:\\d{1,18}}/decision", ADMIN, rectifications::decide),
                route(POST, "/api/v1/rating-pads/{counter:\\d{1,2}}/pair", PUBLIC, pads::pair),
                route(GET, "/api/v1/rating-pads", ADMIN, pads::pads),
                route(POST, "/api/v1/rating-pads/{counter:\\d{1,2}}/pairing-code", ADMIN, pads::pairingCode),
                route(POST, "/api/v1/rating-pads/{counter:\\d{1,2}}/unpair", ADMIN, pads::unpair),

                route(POST, "/api/v1/records", FLOOR, records::open),
                route(GET, "/api/v1/records", FLOOR, records::list),
                route(GET, "/api/v1/records/overdue", ADMIN, records::overdue),
                route(GET, "/api/v1/records/export", ADMIN, records::export),
                route(GET, "/api/v1/records/per-staff", ADMIN, records::perStaff),
                route(GET, "/api/v1/records/{number}", FLOOR, records::record),
                route(POST, "/api/v1/records/{number}/steps", FLOOR, records::step),
                route(POST, "/api/v1/records/{number}/assign", ADMIN, records::assign),
                route(POST, "/api/v1/records/{number}/schedule", ADMIN, records::schedule),
                route(POST, "/api/v1/public/onsite", PUBLIC, records::requestOnsite),
                route(GET, "/api/v1/public/records/{number}", PUBLIC, records::publicRecord),

                route(GET, "/api/v1/notices", ADMIN, notices::outbox),
                route(POST, "/api/v1/notices/{id:\\d{1,18}}/retry", ADMIN, notices::retry),
                route(POST, "/api/v1/notices/{id:\\d{1,18}}/cancel", ADMIN, notices::cancel),
                route(POST, "/api/v1/notices/opt-out", CLERK, notices::optOut),
                route(POST, "/api/v1/notices/opt-in", CLERK, notices::optIn),
                route(POST, "/api/v1/public/cases/{number}/notices/opt-out", PUBLIC, notices::applicantOptOut),
                route(POST, "/api/v1/public/notices/opt-out", PUBLIC, notices::codeOptOut),

                route(GET, "/api/v1/ledger", SITE_ADMIN, ledger::recent),
                route(GET, "/api/v1/ledger/export", SITE_ADMIN, ledger::export),
                route(GET, "/api/v1/stats", SITE_ADMIN, statistics::day),
                route(GET, "/api/v1/county/stats", SITE_ADMIN, statistics::county),
                route(GET, "/api/v1/reports", SITE_ADMIN, reports::report),
                route(GET, "/api/v1/reports/export", SITE_ADMIN, reports::export),
                route(GET, "/api/v1/staff", ADMIN, staff::accounts),
                route(POST, "/api/v1/staff", ADMIN, staff::add),
                route(POST, "/api/v1/staff/{user}/roles", ADMIN, staff::setRoles),
                route(POST, "/api/v1/staff/{user}/remove", ADMIN, staff::remove)));
        return table;
    }

    /** The route of {@code request}, named on it for the request log ({@link RequestLog#ROUTE}) when found. */
    public Lookup lookup(HttpServletRequest request) {
        Lookup lookup = lookup(request.getMethod(), CanonicalPathFilter.dispatchedPath(request));
        if (lookup instanceof Found found) {
            request.setAttribute(RequestLog.ROUTE, found.route().named());
        }
        return lookup;
    }

    /**
     * The route for {@code method} (HEAD as GET) on the dispatched {@code path}, which the canonical path filter
     * has checked is the path as sent.
     */
    public Lookup lookup(String method, String path) {
        String verb = method.equals("HEAD") ? "GET" : method;
        Set<Route.Method> allowed = EnumSet.noneOf(Route.Method.class);
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.path().match(path);
            if (parameters.isEmpty() || allowed.contains(route.method())) {
                continue;
            }
            if (route.method().name().equals(verb)) {
                return new Found(route, parameters.get());
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new Unknown() : new WrongMethod(allowed);
    }

    /** Every route, the description's own included, most specific first. */
    List<Route> routes() {
        return routes;
    }

    JsonObject description() {
        return description;
    }
}
