package org.parkhall.web.internal.floor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.After;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The display stream: calls as they come, and a resync from the core replacing every display's last calls. */
public class DisplayEventsTest {
    private final DisplayEvents display = new DisplayEvents();

    @After
    public void stop() {
        display.deactivate();
    }

    @Test
    public void aResyncReplacesTheLastCallsOfEveryDisplayAndOfThoseToCome() throws Exception {
        display.handleEvent(new Event("org/parkhall/floor/CALLED", call("A001", 1)));
        StringWriter watching = listen();
        assertTrue(watching.toString(), watching.toString().contains("event: recent\ndata: [{\"ticket\":\"A001\""));

        Map<String, Object> recalled = new HashMap<>(call("B007", 2));
        recalled.put("recall", true);
        display.handleEvent(new Event("org/parkhall/floor/RESYNC", Map.of("calls", List.of(recalled,
                call("A003", 1)))));
        String resynced = "event: recent\ndata: [{\"ticket\":\"B007\",\"counter\":2,\"queue\":\"B\","
                + "\"at\":\"2026-12-02T01:02:03Z\",\"text\":\"请 B007 号到 2 号窗口\",\"textEn\":\"Ticket B007\","
                + "\"recall\":true},{\"ticket\":\"A003\"";
        assertTrue(watching.toString(), watching.toString().contains(resynced));
        assertEquals("not shown as a new call", 1, watching.toString().split("event: call").length);
        String later = listen().toString();
        assertTrue(later, later.startsWith("retry: 3000\n" + resynced));
    }

    private static Map<String, Object> call(String ticket, int counter) {
        return Map.of("ticket", ticket, "counter", counter, "queue", ticket.substring(0, 1),
                "at", "2026-12-02T01:02:03Z", "text", "请 " + ticket + " 号到 " + counter + " 号窗口",
                "textEn", "Ticket " + ticket);
    }

    /** A display connected to the stream; what it received so far. */
    private StringWriter listen() throws Exception {
        StringWriter received = new StringWriter();
        PrintWriter writer = new PrintWriter(received);
        HttpServletResponse response = fake(HttpServletResponse.class, (name, args) ->
                name.equals("getWriter") ? writer : null);
        AsyncContext async = fake(AsyncContext.class, (name, args) -> name.equals("getResponse") ? response : null);
        HttpServletRequest request = fake(HttpServletRequest.class, (name, args) ->
                name.equals("startAsync") ? async : null);
        display.listen(null).start(request, response);
        return received;
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
