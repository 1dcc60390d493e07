package org.parkhall.web.internal.floor;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.web.internal.http.ApiJson;

/**
 * {@code GET /api/v1/display/events}: a server-sent-events stream for the hall board and counter screens. A new
 * listener first gets the last calls ({@code event: recent}), then every call as it happens ({@code event: call},
 * data like {@code {"ticket":"A012","counter":3,"text":"请 A012 号到 3 号窗口",…}}). A comment every 15 s keeps
 * proxies from closing the stream; listeners that went away are dropped on the next write.
 */
// Topics as a plain property: the @EventTopics annotation would require an osgi.implementation capability that
// Karaf's Felix EventAdmin does not declare.
@Component(service = {Servlet.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC
        + "=org/parkhall/floor/*")
@HttpWhiteboardServletName("parkhall-display-events")
@HttpWhiteboardServletPattern("/api/v1/display/events")
@HttpWhiteboardServletAsyncSupported
public final class DisplayEventsServlet extends HttpServlet implements EventHandler {
    private static final long serialVersionUID = 1L;
    private static final int RECENT = 8;

    private final transient List<AsyncContext> listeners = new CopyOnWriteArrayList<>();
    private final transient Deque<String> recent = new ArrayDeque<>();
    private final transient ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "parkhall-display-keepalive"));

    public DisplayEventsServlet() {
        keepAlive.scheduleAtFixedRate(() -> broadcast(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        keepAlive.shutdownNow();
        listeners.forEach(AsyncContext::complete);
        listeners.clear();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext context = request.startAsync();
        context.setTimeout(0);
        context.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                listeners.remove(context);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                listeners.remove(context);
            }

            @Override
            public void onError(AsyncEvent event) {
                listeners.remove(context);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // the stream stays open; nothing to do
            }
        });
        List<String> last;
        synchronized (recent) {
            last = new ArrayList<>(recent);
        }
        write(context, "retry: 3000\nevent: recent\ndata: [" + String.join(",", last) + "]\n\n");
        listeners.add(context);
    }

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> call = new LinkedHashMap<>();
        for (String key : new String[] {"ticket", "counter", "queue", "at", "text", "textEn"}) {
            call.put(key, event.getProperty(key));
        }
        call.put("recall", event.getTopic().endsWith("RECALLED"));
        String json = ApiJson.GSON.toJson(call);
        synchronized (recent) {
            recent.addFirst(json);
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        broadcast("event: call\ndata: " + json + "\n\n");
    }

    private void broadcast(String message) {
        for (AsyncContext context : listeners) {
            if (!write(context, message)) {
                listeners.remove(context);
                context.complete();
            }
        }
    }

    private static boolean write(AsyncContext context, String message) {
        try {
            synchronized (context) {
                context.getResponse().getWriter().write(message);
                context.getResponse().flushBuffer();
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }
}
