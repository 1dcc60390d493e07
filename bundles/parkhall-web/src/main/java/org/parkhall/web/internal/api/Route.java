package org.parkhall.web.internal.api;

import java.util.Objects;

import org.parkhall.web.internal.access.Access;

/**
 * One route of the API: its method, its path, who may call it and what answers it, all four required. The
 * dispatcher serves a request only through the route it matches, and the access filter lets it through only as
 * that same route's {@link Access} says, so there is no path served without its rule.
 */
public record Route(Method method, PathTemplate path, Access access, Handler handler) {

    /** The methods a route answers; HEAD is answered as GET, without the body. */
    public enum Method {
        GET, POST
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "a route needs its access rule");
        Objects.requireNonNull(handler, "handler");
    }

    /** What the route answers when its handler succeeds: a POST creates or does something (201), a GET reads (200). */
    public int successStatus() {
        return method == Method.POST ? 201 : 200;
    }

    /** {@code METHOD /path/{parameter}}, as the request log and the API description name the route. */
    public String named() {
        return method + " " + path.openApiPath();
    }

    /** The route {@code method path}, open to {@code access}, answered by {@code handler}. */
    public static Route route(Method method, String path, Access access, Handler handler) {
        return new Route(method, PathTemplate.of(path), access, handler);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + access + ")";
    }
}
