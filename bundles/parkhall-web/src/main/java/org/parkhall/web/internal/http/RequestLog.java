package org.parkhall.web.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.parkhall.web.internal.access.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request to the logger {@value #LOGGER} (its own file, see the assembly's pax-logging
 * configuration): {@link RequestLine}. First of the filters, so a request any of them refuses is logged too. A
 * request answered asynchronously (a POST body, the display's event stream) is logged when it ends; an event
 * stream already under way when its dispatch returns is logged then, with the time to its first answer.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=2000")
@HttpWhiteboardFilterName("parkhall-request-log")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
public final class RequestLog implements Filter {
    static final String LOGGER = "org.parkhall.requests";
    /** The request attribute where the API servlet names the route it matched ({@code GET /api/v1/items/{code}}). */
    public static final String ROUTE = "parkhall.route";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (request.isAsyncStarted() && !response.isCommitted()) {
                request.getAsyncContext().addListener(new Completion(request, response, started));
            } else {
                log(request, response, started);
            }
        }
    }

    private static void log(HttpServletRequest request, HttpServletResponse response, long started) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Staff staff = request.getAttribute(Staff.ATTRIBUTE) instanceof Staff signedIn ? signedIn : null;
        Object route = request.getAttribute(ROUTE);
        LOG.info(RequestLine.of(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                response.getStatus(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                staff == null ? null : staff.user(), request.getRemoteAddr(), route == null ? null : route.toString()));
    }

    /** Logs the asynchronous request when it ends, however it ends. */
    private record Completion(HttpServletRequest request, HttpServletResponse response, long started)
            implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            log(request, response, started);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
