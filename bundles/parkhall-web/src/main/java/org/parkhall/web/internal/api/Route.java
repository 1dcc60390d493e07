package org.parkhall.web.internal.api;

import java.util.Objects;

import org.parkhall.web.internal.access.Access;

/**
 * One route of the API: its method, its path, who may call it and what answers it, all four required. The
 * dispatcher serves a request only through the route it matches, and the access filter lets it through only as
 * that same route's {@link Access} says, so there is no path served without its rule. {@code successStatus} is what
 * it answers when its handler succeeds; a route that {@code takesFile} reads its POST body as a file (a PDF, JPEG
 * or PNG material), not as JSON.
 */
public record Route(Method method, PathTemplate path, Access access, Handler handler, int successStatus,
        boolean takesFile) {

    /** The methods a route answers; HEAD is answered as GET, without the body. */
    public enum Method {
        GET, POST
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "a route needs its access rule");
        Objects.requireNonNull(handler, "handler");
        if (takesFile && method != Method.POST) {
            throw new IllegalArgumentException("only a POST takes a file");
        }
    }

    /** {@code METHOD /path/{parameter}}, as the request log and the API description name the route. */
    public String named() {
        return method + " " + path.openApiPath();
    }

    /**
     * The route {@code method path}, open to {@code access}, answered by {@code handler}: a POST creates or does
     * something (201), a GET reads (200).
     */
    public static Route route(Method method, String path, Access access, Handler handler) {
        return new Route(method, PathTemplate.of(path), access, handler, method == Method.POST ? 201 : 200, false);
    }

    /** A GET a browser is sent to, answered 303 with the {@link Redirect} its handler returns. */
    public static Route redirecting(String path, Access access, Handler handler) {
        return new Route(Method.GET, PathTemplate.of(path), access, handler, 303, false);
    }

    /** A POST whose body is a file, answered 201. */
    public static Route upload(String path, Access access, Handler handler) {
        return new Route(Method.POST, PathTemplate.of(path), access, handler, 201, true);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + access + ")";
    }
}
