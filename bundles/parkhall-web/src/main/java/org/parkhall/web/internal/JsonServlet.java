package org.parkhall.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.servlet.AsyncContext;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import org.parkhall.api.HallException;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the API's servlets: GET and POST with JSON, and every failure in the one error shape of
 * {@link ApiJson#error}, so no endpoint ever returns an HTML error page or a stack trace. A POST must carry a JSON
 * body (which a cross-site HTML form cannot send) of at most 64 KiB, in strict JSON ({@link StrictJson}). The body
 * is read with non-blocking I/O ({@link BodyReader}), so every subclass must be registered async-supported
 * ({@code @HttpWhiteboardServletAsyncSupported}), as must every filter in front of it.
 */
public abstract class JsonServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JsonServlet.class);
    private static final int MAX_BODY = 64 * 1024;
    /** What every call answers (503 {@code unavailable}) while the hall's database does not answer. */
    protected static final Bilingual DATABASE_UNAVAILABLE = Bilingual.of("数据库暂时不可用，请稍后重试",
            "the database is not answering; try again shortly");
    /** Time for a whole body to arrive; 64 KiB takes well under a second on the hall's network. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);

    /** The body of a successful GET. */
    protected Object get(HttpServletRequest request) {
        throw notAllowed(request);
    }

    /** The body of a successful POST, given the request's JSON object. */
    protected Object post(HttpServletRequest request, JsonObject body) {
        throw notAllowed(request);
    }

    /** As {@link #post(HttpServletRequest, JsonObject)}, for a call that also sets response headers. */
    protected Object post(HttpServletRequest request, HttpServletResponse response, JsonObject body) {
        return post(request, body);
    }

    /**
     * A GET answered with a file streamed as it is made (an export), not JSON. A failure before the first bytes
     * go out is still answered in the API's error shape; one after that aborts the response, so the client sees
     * an incomplete download rather than a short file that looks whole.
     */
    protected record Download(String contentType, String fileName, Body body) {
        /** Writes the file; it must not close {@code out}. */
        @FunctionalInterface
        protected interface Body {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    /** The {@code limit} parameter, {@code fallback} when absent; the service judges its range. */
    protected static int limit(HttpServletRequest request, int fallback) {
        String limit = request.getParameter("limit");
        try {
            return limit == null || limit.isBlank() ? fallback : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "limit 须为整数", "limit must be a whole number");
        }
    }

    /** Who acts: the signed-in staff member, or "public" for a visitor at the kiosk, rating pad or guide pages. */
    protected static String actor(HttpServletRequest request) {
        return request.getRemoteUser() != null ? request.getRemoteUser() : "public";
    }

    /** The signed-in staff member, put there by {@link AccessFilter}; absent on public calls. */
    protected static Optional<Staff> staff(HttpServletRequest request) {
        return Optional.ofNullable((Staff) request.getAttribute(Staff.ATTRIBUTE));
    }

    /** The path below the servlet's pattern, split on "/": {@code /A012/cancel} gives {@code [A012, cancel]}. */
    protected static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiJson.prepare(response);
        if (!passedAccessCheck(request)) {
            send(response, 503, ApiJson.error("unavailable", Bilingual.of("服务正在启动，请稍后重试",
                    "the hall is starting; try again in a moment"), ""));
            return;
        }
        switch (request.getMethod()) {
            case "GET", "HEAD" -> answer(request, response, () -> {
                requireReadableQuery(request);
                return get(request);
            });
            case "POST" -> readBodyThenPost(request, response);
            default -> answer(request, response, () -> {
                throw notAllowed(request);
            });
        }
    }

    /**
     * Reads the JSON body without holding a thread while it arrives, then answers the POST. A body not complete
     * within {@link #BODY_DEADLINE} gets 408 and its connection is closed: a client that trickles bytes, or a
     * crowd of them, costs the hall a connection each for that long, never a thread.
     */
    private void readBodyThenPost(HttpServletRequest dispatched, HttpServletResponse response) throws IOException {
        HttpServletRequest request = asDispatched(dispatched);
        try {
            requireJson(request);
            requireReadableQuery(request);
            if (request.getContentLengthLong() > MAX_BODY) {
                throw BodyReader.TOO_LARGE;
            }
        } catch (ApiException e) {
            refuse(response, e);
            return;
        }
        ServletInputStream in = request.getInputStream();
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the deadline below ends the request; a container timeout could race the answer
        BodyReader reader = new BodyReader(in, MAX_BODY, new BodyReader.Outcome() {
            @Override
            public void body(byte[] body) {
                finish(async, () -> answer(request, response,
                        () -> post(request, response, StrictJson.object(body))));
            }

            @Override
            public void refused(ApiException refusal) {
                finish(async, () -> refuse(response, refusal));
            }
        });
        // Runs on the JDK's delay thread, which only claims the outcome; the answer is written on a container thread.
        CompletableFuture.delayedExecutor(BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS, Runnable::run)
                .execute(() -> {
                    if (reader.expire()) {
                        async.start(() -> finish(async, () -> refuse(response, BodyReader.TOO_SLOW)));
                    }
                });
        in.setReadListener(reader);
    }

    /**
     * The request as this dispatch sees it, for the callbacks that answer it later: once the dispatch that started
     * asynchronous processing returns, Jetty puts back the servlet path and path info of before it (none).
     */
    private static HttpServletRequest asDispatched(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getContextPath() {
                return contextPath;
            }

            @Override
            public String getServletPath() {
                return servletPath;
            }

            @Override
            public String getPathInfo() {
                return pathInfo;
            }
        };
    }

    /** Writes an answer for an asynchronous request and ends it, whether or not the client is still there. */
    private static void finish(AsyncContext async, Answer answer) {
        try {
            answer.write();
        } catch (IOException e) {
            LOG.debug("could not answer: {}", e.toString());
        } finally {
            async.complete();
        }
    }

    /** A refusal before the body was read whole: the rest of it is not read, so the connection closes after it. */
    private static void refuse(HttpServletResponse response, ApiException refusal) throws IOException {
        send(response, refusal.status(), ApiJson.error(refusal.code(), refusal.text(), ""));
        response.setHeader("Connection", "close");
    }

    @FunctionalInterface
    private interface Answer {
        void write() throws IOException;
    }

    /** Calls the endpoint and writes its result, or its failure in the API's error shape. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, Supplier<Object> call)
            throws IOException {
        try {
            Object body = call.get();
            response.setStatus(request.getMethod().equals("POST") ? 201 : 200);
            if (body instanceof Download download) {
                response.setContentType(download.contentType());
                response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
                if (!request.getMethod().equals("HEAD")) { // HEAD asks for the headers, not a year of ledger
                    download.body().writeTo(response.getOutputStream()); // not closed on failure: see Download
                }
            } else {
                response.getWriter().write(ApiJson.GSON.toJson(body));
            }
        } catch (ApiException e) {
            send(response, e.status(), ApiJson.error(e.code(), e.text(), ""));
        } catch (HallException e) {
            send(response, statusOf(e.code()), ApiJson.error(e.code(), e.text(), ""));
        } catch (InvalidInputException e) {
            send(response, 400, ApiJson.error("invalid", e.text(), e.field()));
        } catch (IllegalArgumentException | JsonParseException | IllegalStateException e) {
            // The exception's own message names classes and internals (enum constants, Gson's reasons): not shown.
            LOG.debug("{} {} refused: {}", request.getMethod(), request.getRequestURI(), e.toString());
            send(response, 400, ApiJson.error("invalid", Bilingual.of("请求内容有误，请检查后重试",
                    "invalid request; check what was sent"), ""));
        } catch (RuntimeException e) {
            if (databaseUnavailable(e)) { // the core has warned, naming the datasource
                send(response, 503, ApiJson.error("unavailable", DATABASE_UNAVAILABLE, ""));
                return;
            }
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            send(response, 500, ApiJson.error("internal_error",
                    Bilingual.of("服务器内部错误，请稍后重试或联系管理员", "internal error; try again or call the administrator"),
                    ""));
        }
    }

    /**
     * Fails closed: a staff call reaches a servlet only through {@link AccessFilter}, which marks what it lets
     * through. Should the filter be away for a moment (its bundle or services restarting), only public calls are
     * served; the rules are read here only then.
     */
    private static boolean passedAccessCheck(HttpServletRequest request) {
        return request.getAttribute(AccessFilter.PASSED) != null
                || AccessRules.of(request) == AccessRules.Access.PUBLIC;
    }

    /** The core's refusal while its database does not answer carries a JDBC connection failure as its cause. */
    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static int statusOf(String code) {
        return switch (code) {
            case "not_found" -> 404;
            case "unavailable" -> 503;
            case "handler_failed" -> 502;
            default -> 409;
        };
    }

    private static void requireJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type",
                    Bilingual.of("请求须为 JSON（Content-Type: application/json）", "send JSON (application/json)"));
        }
    }

    /** Jetty parses the query on first use of a parameter and throws for a bad %-escape: a 400 here, not a 500. */
    private static void requireReadableQuery(HttpServletRequest request) {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            throw new ApiException(400, "invalid", Bilingual.of("查询参数编码有误（% 后须为两位十六进制数）",
                    "malformed query string (a % must be followed by two hex digits)"));
        }
    }

    private static ApiException notAllowed(HttpServletRequest request) {
        return new ApiException(405, "method_not_allowed", Bilingual.of("不支持该请求方法：" + request.getMethod(),
                "method not allowed: " + request.getMethod()));
    }

    private static void send(HttpServletResponse response, int status, String body) throws IOException {
        if (response.isCommitted()) {
            throw new IOException("failed after the response began (status " + status + "): " + body);
        }
        response.reset(); // a download may have set its own headers and taken the output stream
        ApiJson.prepare(response);
        response.setStatus(status);
        response.getWriter().write(body);
    }
}
