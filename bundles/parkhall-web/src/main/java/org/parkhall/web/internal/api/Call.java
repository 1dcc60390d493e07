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
import org.parkhall.web.internal.online.PublicAccount;

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
    private final byte[] file;

    Call(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters, JsonObject body) {
        this(request, response, parameters, body, null);
    }

    private Call(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters,
            JsonObject body, byte[] file) {
        this.request = request;
        this.response = response;
        this.parameters = Map.copyOf(parameters);
        this.body = new Body(body);
        this.file = file;
    }

    /** A call of a route that {@link Route#takesFile takes a file}, with the file as it arrived. */
    static Call withFile(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters,
            byte[] file) {
        return new Call(request, response, parameters, new JsonObject(), file);
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

    /** The file sent as the body of a route that takes one; asking on another route is a mistake in the table. */
    public byte[] file() {
        if (file == null) {
            throw new IllegalStateException("the route takes no file");
        }
        return file;
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

    /** The applicant signed in online, put there by {@link AccessFilter} on an online route. */
    public PublicAccount applicant() {
        return Optional.ofNullable((PublicAccount) request.getAttribute(PublicAccount.ATTRIBUTE)).orElseThrow();
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }
}
