package org.parkhall.web.internal.api;

import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;

import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.access.AccessFilter;
import org.parkhall.web.internal.access.Staff;
import org.parkhall.web.internal.http.Body;

/**
 * One call of a route, as its handler sees it: the path parameters the route's template named, the query, the
 * JSON body of a POST (an empty object for a GET), who calls, and the request and response for the few handlers
 * that read cookies or set them.
 */
public final class Call {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Map<String, String> parameters;
    private final Body body;

    Call(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters, JsonObject body) {
        this.request = request;
        this.response = response;
        this.parameters = Map.copyOf(parameters);
        this.body = new Body(body);
    }

    /** A path parameter of the route's template; asking for one it does not name is a mistake in the table. */
    public String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no parameter " + name);
        }
        return value;
    }

    /** A query parameter, null when absent. */
    public String query(String name) {
        return request.getParameter(name);
    }

    /** The {@code limit} query parameter, {@code fallback} when absent; the service judges its range. */
    public int limit(int fallback) {
        String limit = query("limit");
        try {
            return limit == null || limit.isBlank() ? fallback : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "limit 须为整数", "limit must be a whole number");
        }
    }

    public Body body() {
        return body;
    }

    /** Who acts: the signed-in staff member, or "public" for a visitor at the kiosk, rating pad or guide pages. */
    public String actor() {
        return request.getRemoteUser() != null ? request.getRemoteUser() : "public";
    }

    /** The signed-in staff member, put there by {@link AccessFilter}; absent on public calls. */
    public Optional<Staff> staff() {
        return Optional.ofNullable((Staff) request.getAttribute(Staff.ATTRIBUTE));
    }

    /** The signed-in staff member on a route open to staff only, where the access filter has put them. */
    public Staff viewer() {
        return staff().orElseThrow();
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }
}
