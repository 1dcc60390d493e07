package org.parkhall.web.internal.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.servlet.AsyncContext;
import javax.servlet.Servlet;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.MaterialType;
import org.parkhall.api.Materials;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.access.Access;
import org.parkhall.web.internal.access.AccessFilter;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.ApiJson;
import org.parkhall.web.internal.http.BodyReader;
import org.parkhall.web.internal.hall.HealthApi;
import org.parkhall.web.internal.http.StrictJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's one servlet: finds the request's route in {@link Routes} and calls its handler, with JSON in and out
 * and every failure in the one error shape of {@link ApiJson#error}, so no endpoint ever returns an HTML error
 * page or a stack trace. A path no route has is 404; a method its routes do not take is 405 with {@code Allow}.
 * A POST must carry a JSON body (which a cross-site HTML form cannot send) of at most 64 KiB, in strict JSON
 * ({@link StrictJson}). The body is read with non-blocking I/O ({@link BodyReader}), and the display's event
 * stream stays open after its call, so this servlet is registered async-supported, as is every filter in front
 * of it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api")
@HttpWhiteboardServletPattern("/api/v1/*")
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final int MAX_BODY = 64 * 1024;
    /** What a staff call answers (503 {@code unavailable}) while the access check or its sessions are away. */
    public static final Bilingual STARTING = Bilingual.of("服务正在启动，请稍后重试",
            "the hall is starting; try again in a moment");
    /** What every call answers (503 {@code unavailable}) while the hall's database does not answer. */
    public static final Bilingual DATABASE_UNAVAILABLE = HallException.databaseUnavailable().text();
    /** Time for a whole body to arrive; 64 KiB takes well under a second on the hall's network. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    /** Time for a whole file to arrive: 10 MiB over a phone's slow 1 Mbit/s takes some 90 s. */
    static final Duration FILE_DEADLINE = Duration.ofSeconds(120);
    /** The types a file may be sent as; what it is, the materials store reads from its content. */
    private static final Set<String> FILE_TYPES = Stream.concat(Stream.of(MaterialType.values())
            .map(MaterialType::mediaType), Stream.of("application/octet-stream")).collect(Collectors.toSet());
    private static final JsonObject NO_BODY = new JsonObject();

    /**
     * Away while the core is (its database never answered, or names a driver that is not installed): then every
     * path is 503 {@code unavailable}, not a 404 that reads as "no such thing"; the core's store logs why.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Routes routes;

    /** Where a file's size limit is configured; while it is away, files are refused as the hall starting. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Materials materials;

    /** The health routes alone, answered while the table is away: health tells why, never a 404 or a bare 503. */
    private volatile Routes whileAway;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindHealth(HealthApi health) {
        whileAway = Routes.whileAway(health);
    }

    void unbindHealth(HealthApi health) {
        whileAway = null;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiJson.prepare(response);
        Routes table = routes;
        Routes.Lookup lookup;
        if (table != null) {
            lookup = table.lookup(request);
        } else {
            Routes health = whileAway;
            lookup = health == null ? new Routes.Unknown() : health.lookup(request);
            if (!(lookup instanceof Routes.Found)) {
                send(response, ErrorCode.UNAVAILABLE, DATABASE_UNAVAILABLE, "");
                return;
            }
        }
        if (!passedAccessCheck(request, lookup)) {
            send(response, ErrorCode.UNAVAILABLE, STARTING, "");
            return;
        }
        if (lookup instanceof Routes.Found found) {
            if (found.route().method() == Route.Method.POST) {
                readBodyThenPost(request, response, found);
            } else {
                answer(request, response, found.route(), () -> {
                    requireReadableQuery(request);
                    return found.route().handler().answer(new Call(request, response, found.parameters(), NO_BODY));
                });
            }
        } else if (lookup instanceof Routes.WrongMethod wrong) {
            response.setHeader("Allow", allow(wrong));
            ApiJson.refuse(response, ErrorCode.METHOD_NOT_ALLOWED, Bilingual.of("不支持该请求方法："
                    + request.getMethod(), "method not allowed: " + request.getMethod()), "");
        } else {
            send(response, ErrorCode.NOT_FOUND, Bilingual.of("没有该接口：" + request.getRequestURI(),
                    "no such endpoint: " + request.getRequestURI()), "");
        }
    }

    /** The {@code Allow} header: the methods the path's routes take, HEAD with GET. */
    private static String allow(Routes.WrongMethod wrong) {
        return String.join(", ", wrong.allowed().stream().flatMap(method -> method == Route.Method.GET
                ? Stream.of("GET", "HEAD") : Stream.of(method.name())).toList());
    }

    /**
     * Reads the JSON body without holding a thread while it arrives, then answers the POST. A body not complete
     * within {@link #BODY_DEADLINE} gets 408 and its connection is closed: a client that trickles bytes, or a
     * crowd of them, costs the hall a connection each for that long, never a thread.
     */
    private void readBodyThenPost(HttpServletRequest dispatched, HttpServletResponse response, Routes.Found found)
            throws IOException {
        HttpServletRequest request = asDispatched(dispatched);
        Route route = found.route();
        long limit;
        ApiException tooLarge;
        try {
            if (route.takesFile()) {
                requireFile(request);
                limit = maxFileBytes();
                tooLarge = new ApiException(ErrorCode.TOO_LARGE, Bilingual.of("文件过大：每份不超过 " + limit / 1024
                        + " KiB", "file too large: at most " + limit / 1024 + " KiB each"));
            } else {
                requireJson(request);
                limit = MAX_BODY;
                tooLarge = BodyReader.TOO_LARGE;
            }
            requireReadableQuery(request);
            if (request.getContentLengthLong() > limit) {
                throw tooLarge;
            }
        } catch (ApiException e) {
            refuse(response, e);
            return;
        }
        ServletInputStream in = request.getInputStream();
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the deadline below ends the request; a container timeout could race the answer
        BodyReader reader = new BodyReader(in, limit, tooLarge, new BodyReader.Outcome() {
            @Override
            public void body(byte[] body) {
                finish(async, () -> answer(request, response, route, () -> route.handler().answer(route.takesFile()
                        ? Call.withFile(request, response, found.parameters(), body)
                        : new Call(request, response, found.parameters(), StrictJson.object(body)))));
            }

            @Override
            public void refused(ApiException refusal) {
                finish(async, () -> refuse(response, refusal));
            }
        });
        // Runs on the JDK's delay thread, which only claims the outcome; the answer is written on a container thread.
        Duration deadline = route.takesFile() ? FILE_DEADLINE : BODY_DEADLINE;
        CompletableFuture.delayedExecutor(deadline.toMillis(), TimeUnit.MILLISECONDS, Runnable::run)
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
        send(response, refusal.error(), refusal.text(), "");
        response.setHeader("Connection", "close");
    }

    @FunctionalInterface
    private interface Answer {
        void write() throws IOException;
    }

    /** Calls the endpoint and writes its result, or its failure in the API's error shape. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, Route route,
            Supplier<Object> call) throws IOException {
        try {
            Object body = call.get();
            if (body instanceof Streamed stream) {
                stream.start(request, response);
                return;
            }
            if (body instanceof Answered answered) {
                response.setStatus(answered.status());
                response.getWriter().write(ApiJson.GSON.toJson(answered.body()));
                return;
            }
            response.setStatus(route.successStatus());
            if (body instanceof Redirect redirect) {
                response.setHeader("Location", redirect.location());
                return;
            }
            if (body instanceof Download download) {
                if (!download.contentType().startsWith("text/")) {
                    response.setCharacterEncoding(null); // a PDF or an image has no charset: prepare() set UTF-8
                }
                response.setContentType(download.contentType());
                response.setHeader("Content-Disposition", (download.inline() ? "inline" : "attachment")
                        + "; filename=\"" + download.fileName() + "\"");
                if (!request.getMethod().equals("HEAD")) { // HEAD asks for the headers, not a year of ledger
                    download.body().writeTo(response.getOutputStream()); // not closed on failure: see Download
                }
            } else {
                response.getWriter().write(ApiJson.GSON.toJson(body));
            }
        } catch (ApiException e) {
            send(response, e.error(), e.text(), "");
        } catch (HallException e) {
            send(response, e.error(), e.text(), "");
        } catch (InvalidInputException e) {
            send(response, ErrorCode.INVALID, e.text(), e.field());
        } catch (IllegalArgumentException | JsonParseException | IllegalStateException e) {
            // The exception's own message names classes and internals (enum constants, Gson's reasons): not shown.
            LOG.debug("{} {} refused: {}", request.getMethod(), request.getRequestURI(), e.toString());
            send(response, ErrorCode.INVALID, Bilingual.of("请求内容有误，请检查后重试",
                    "invalid request; check what was sent"), "");
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            send(response, ErrorCode.INTERNAL_ERROR,
                    Bilingual.of("服务器内部错误，请稍后重试或联系管理员", "internal error; try again or call the administrator"),
                    "");
        }
    }

    /**
     * Fails closed: a staff call reaches a handler only through {@link AccessFilter}, which marks what it lets
     * through. Should the filter be away for a moment (its bundle or services restarting), only public routes are
     * served.
     */
    private static boolean passedAccessCheck(HttpServletRequest request, Routes.Lookup lookup) {
        return request.getAttribute(AccessFilter.PASSED) != null || lookup.access() == Access.PUBLIC;
    }

    private static void requireJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    Bilingual.of("请求须为 JSON（Content-Type: application/json）", "send JSON (application/json)"));
        }
    }

    private static void requireFile(HttpServletRequest request) {
        String type = request.getContentType();
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.contains(bare)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Bilingual.of(
                    "请发送 PDF、JPEG 或 PNG 文件本身（Content-Type: application/pdf、image/jpeg 或 image/png）",
                    "send the PDF, JPEG or PNG file itself (Content-Type application/pdf, image/jpeg or image/png)"));
        }
    }

    private long maxFileBytes() {
        Materials store = materials;
        if (store == null) {
            throw new ApiException(ErrorCode.UNAVAILABLE, STARTING);
        }
        return store.maxBytes();
    }

    /** Jetty parses the query on first use of a parameter and throws for a bad %-escape: a 400 here, not a 500. */
    private static void requireReadableQuery(HttpServletRequest request) {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            throw new ApiException(ErrorCode.INVALID, Bilingual.of("查询参数编码有误（% 后须为两位十六进制数）",
                    "malformed query string (a % must be followed by two hex digits)"));
        }
    }

    private static void send(HttpServletResponse response, ErrorCode code, Bilingual text, String field)
            throws IOException {
        if (response.isCommitted()) {
            throw new IOException("failed after the response began: " + code.code() + ": " + text.en());
        }
        response.reset(); // a download may have set its own headers and taken the output stream
        ApiJson.refuse(response, code, text, field);
    }
}
