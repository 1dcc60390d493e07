package org.parkhall.web.internal.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.parkhall.api.MaterialType;
import org.parkhall.web.internal.access.Access;
import org.parkhall.web.internal.access.AccessFilter;
import org.parkhall.web.internal.access.StaffSessions;
import org.parkhall.web.internal.online.PublicSessions;

/**
 * The API described in OpenAPI 3, made from the route table: every route's method, path, path parameters (with
 * their patterns) and who may call it — as a security requirement (the staff session cookie, and for a change the
 * CSRF header) and as {@code x-parkhall-access}. Minimal, and true because nothing else is written by hand.
 */
final class OpenApi {
    private static final String SESSION = "session";
    private static final String PUBLIC_SESSION = "publicSession";
    private static final String CSRF = "csrf";

    private OpenApi() {
    }

    static JsonObject describe(List<Route> routes) {
        JsonObject document = new JsonObject();
        document.addProperty("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.addProperty("title", "Parkhall API");
        info.addProperty("version", "1");
        info.addProperty("description", "Errors: {\"error\": {\"code\", \"message\", \"messageEn\", \"field\"?}}."
                + " A POST carries a JSON body. A request that matches no route is for hall admins only.");
        document.add("info", info);
        JsonObject paths = new JsonObject();
        for (Route route : routes) {
            String path = route.path().openApiPath();
            if (!paths.has(path)) {
                paths.add(path, new JsonObject());
            }
            paths.getAsJsonObject(path).add(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        document.add("paths", paths);
        JsonObject schemes = new JsonObject();
        schemes.add(SESSION, apiKey("cookie", StaffSessions.COOKIE, "the staff session, from POST /api/v1/session"));
        schemes.add(PUBLIC_SESSION, apiKey("cookie", PublicSessions.COOKIE,
                "an applicant's online session, from POST /api/v1/online/sign-in and the identity provider"));
        schemes.add(CSRF, apiKey("header", AccessFilter.CSRF_HEADER, "the session's csrfToken, for every change"));
        JsonObject components = new JsonObject();
        components.add("securitySchemes", schemes);
        document.add("components", components);
        return document;
    }

    private static JsonObject operation(Route route) {
        JsonObject operation = new JsonObject();
        operation.addProperty("summary", route.method() + " " + route.path().openApiPath());
        operation.addProperty("description", "Access: " + route.access().who().en() + " · " + route.access().who().zh());
        operation.addProperty("x-parkhall-access", route.access().name());
        JsonArray parameters = new JsonArray();
        for (PathTemplate.Segment segment : route.path().parameters()) {
            JsonObject parameter = new JsonObject();
            parameter.addProperty("name", segment.name());
            parameter.addProperty("in", "path");
            parameter.addProperty("required", true);
            JsonObject schema = new JsonObject();
            schema.addProperty("type", "string");
            schema.addProperty("pattern", "^" + segment.pattern().pattern() + "$");
            parameter.add("schema", schema);
            parameters.add(parameter);
        }
        if (!parameters.isEmpty()) {
            operation.add("parameters", parameters);
        }
        if (route.method() == Route.Method.POST) {
            JsonObject body = new JsonObject();
            body.addProperty("required", true);
            JsonObject content = new JsonObject();
            if (route.takesFile()) {
                Stream.of(MaterialType.values()).forEach(type -> content.add(type.mediaType(), new JsonObject()));
            } else {
                content.add("application/json", new JsonObject());
            }
            body.add("content", content);
            operation.add("requestBody", body);
        }
        operation.add("security", security(route));
        operation.add("responses", responses(route));
        return operation;
    }

    /**
     * The answers promised for every route, each seen in the ITs (the API contract check): its success, and 401
     * for a staff route asked without a session. Any other refusal is the {@code default} error shape.
     */
    static JsonObject responses(Route route) {
        JsonObject responses = new JsonObject();
        responses.add(String.valueOf(route.successStatus()), answer(route.successStatus() == 303
                ? "on to the hall's page (Location)" : "JSON (or the file or event stream the route names)"));
        if (route.access() != Access.PUBLIC) {
            responses.add("401", answer("no session: {\"error\": {\"code\": \"unauthenticated\"}}"));
        }
        responses.add("default", answer("a refusal in the error shape; its status follows its code"));
        return responses;
    }

    private static JsonObject answer(String description) {
        JsonObject answer = new JsonObject();
        answer.addProperty("description", description);
        return answer;
    }

    /** None for a public route; else the session, and for a change also the CSRF header. */
    private static JsonArray security(Route route) {
        JsonArray security = new JsonArray();
        if (route.access() != Access.PUBLIC) {
            JsonObject requirement = new JsonObject();
            requirement.add(route.access() == Access.APPLICANT ? PUBLIC_SESSION : SESSION, new JsonArray());
            if (route.method() != Route.Method.GET) {
                requirement.add(CSRF, new JsonArray());
            }
            security.add(requirement);
        }
        return security;
    }

    private static JsonObject apiKey(String in, String name, String description) {
        JsonObject scheme = new JsonObject();
        scheme.addProperty("type", "apiKey");
        scheme.addProperty("in", in);
        scheme.addProperty("name", name);
        scheme.addProperty("description", description);
        return scheme;
    }
}
