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
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.api.Streamed;
import org.parkhall.web.internal.http.ApiJson;

/**
 * The display events: a server-sent-events stream for the hall board and counter screens. A new
 * listener first gets the last calls ({@code event: recent}), then every call as it happens ({@code event: call},
 * data like {@code {"ticket":"A012","counter":3,"text":"请 A012 号到 3 号窗口",…}}), a call made on another node
 * too. When this node may have missed some (its link to the other nodes was lost), the core sends the last calls
 * from the database, and every listener gets them as a new {@code event: recent}, which replaces its list. A comment
 * every 15 s keeps proxies from closing the stream; listeners that went away are dropped on the next write.
 */
// Topics as a plain property: the @EventTopics annotation would require an osgi.implementation capability that
// Karaf's Felix EventAdmin does not declare.
@Component(service = {DisplayEvents.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC
        + "=org/parkhall/floor/*")
public final class DisplayEvents implements EventHandler {
    private static final int RECENT = 8;
    private static final String RESYNC = "org/parkhall/floor/RESYNC";
    private static final String[] CALL_KEYS = {"ticket", "counter", "queue", "at", "text", "textEn"};

    private final List<AsyncContext> listeners = new CopyOnWriteArrayList<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            DisplayEvents::keepAliveThread);

    public DisplayEvents() {
        keepAlive.scheduleAtFixedRate(() -> broadcast(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** A daemon: a keep-alive timer must never be what holds the JVM up. */
    private static Thread keepAliveThread(Runnable task) {
        Thread thread = new Thread(task, "parkhall-display-keepalive");
        thread.setDaemon(true);
        return thread;
    }

    @Deactivate
    void deactivate() {
        keepAlive.shutdownNow();
        listeners.forEach(AsyncContext::complete);
        listeners.clear();
    }

    /** A new listener's stream, which stays open after the call. */
    public Streamed listen(Call call) {
        return this::stream;
    }

    private void stream(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        if (event.getTopic().equals(RESYNC)) {
            resync(event.getProperty("calls"));
            return;
        }
        Map<String, Object> call = new LinkedHashMap<>();
        for (String key : CALL_KEYS) {
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

    /** Replaces the last calls with {@code calls} (the core's maps, newest first) and sends them to every listener. */
    private void resync(Object calls) {
        List<String> last = new ArrayList<>();
        if (calls instanceof List<?> list) {
            for (Object each : list) {
                if (each instanceof Map<?, ?> properties && last.size() < RECENT) {
                    Map<String, Object> call = new LinkedHashMap<>();
                    for (String key : CALL_KEYS) {
                        call.put(key, properties.get(key));
                    }
                    call.put("recall", Boolean.TRUE.equals(properties.get("recall")));
                    last.add(ApiJson.GSON.toJson(call));
                }
            }
        }
        synchronized (recent) {
            recent.clear();
            recent.addAll(last);
        }
        broadcast("event: recent\ndata: [" + String.join(",", last) + "]\n\n");
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
