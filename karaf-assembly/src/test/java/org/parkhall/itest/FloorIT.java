package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.assertError;
import static org.parkhall.itest.CaseLifecycleIT.code;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.Floor;
import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;

/** The hall floor through REST, the SSE display, the shell, and many counters calling at once. */
public class FloorIT extends HallTestSupport {

    @Inject
    private Floor floor;

    @Test
    public void aTicketIsIssuedCalledOnTheDisplayServedAndLinkedToItsCase() throws Exception {
        JsonObject queues = json(http("GET", "/api/v1/queues"), 200);
        assertTrue(queues.toString(), queues.toString().contains("综合受理") && queues.toString().contains("办不成事反映"));
        json(http("POST", "/api/v1/counters/1/sign-in", "{\"staff\":\"李娜\"}"), 201);

        // A plain socket, so the never-ending stream can be closed at once (HttpURLConnection would drain it).
        try (Socket display = new Socket("127.0.0.1", Integer.parseInt(System.getProperty("parkhall.http.port")))) {
            display.getOutputStream().write(("GET /api/v1/display/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            display.setSoTimeout(1000);
            BufferedReader lines = new BufferedReader(new InputStreamReader(display.getInputStream(),
                    StandardCharsets.UTF_8));
            assertTrue(lines.readLine().startsWith("HTTP/1.1 200"));
            serveATicketWhileTheDisplayWatches(lines);
        }
    }

    private void serveATicketWhileTheDisplayWatches(BufferedReader lines) throws Exception {
        boolean eventStream = false;
        for (String line = lines.readLine(); !line.isEmpty(); line = lines.readLine()) {
            eventStream |= line.toLowerCase().startsWith("content-type: text/event-stream");
        }
        assertTrue("served as text/event-stream", eventStream);
        JsonObject ticket = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201);
        String label = ticket.get("label").getAsString();
        assertTrue(label, label.matches("A\\d{3}"));
        assertEquals(0, ticket.get("peopleAhead").getAsInt());

        JsonObject called = json(http("POST", "/api/v1/counters/1/call-next", "{}"), 201);
        assertEquals(label, called.get("label").getAsString());
        String announced = "请 " + label + " 号到 1 号窗口";
        long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
        boolean shown = false;
        while (!shown && System.currentTimeMillis() < deadline) {
            try {
                String line = lines.readLine();
                shown = line != null && line.startsWith("data:") && line.contains(announced);
            } catch (SocketTimeoutException quiet) {
                // nothing on the stream this second
            }
        }
        assertTrue("the display showed " + announced, shown);

        json(http("POST", "/api/v1/counters/1/start", "{}"), 201);
        JsonObject done = json(http("POST", "/api/v1/counters/1/finish",
                "{\"caseNumbers\":[\"PH202611240001\"]}"), 201);
        assertEquals("DONE", code(done, "state"));
        assertEquals("[\"PH202611240001\"]", done.getAsJsonArray("caseNumbers").toString());
        assertEquals("caseNumbers", assertError(http("POST", "/api/v1/counters/1/finish",
                "{\"caseNumbers\":[\"x\"]}"), 400, "invalid").get("field").getAsString());
        assertError(http("POST", "/api/v1/counters/1/finish", "{}"), 409, "illegal_action");
        assertError(http("POST", "/api/v1/counters/9/call-next", "{}"), 404, "not_found");
        json(http("POST", "/api/v1/counters/1/sign-out", "{}"), 201);
        assertError(http("POST", "/api/v1/counters/1/call-next", "{}"), 409, "illegal_action");
        assertTrue(json(http("GET", "/api/v1/tickets?queue=A&state=DONE"), 200).toString().contains(label));
    }

    /** Leaves the floor empty for the next test: tickets in hand finished or missed, waiting ones cancelled. */
    @After
    public void clearTheFloor() {
        for (CounterInfo counter : floor.counters()) {
            if (!counter.open()) {
                continue;
            }
            for (Ticket held : counter.onHold()) {
                floor.callBack(counter.number(), held.label(), "test");
                floor.noShow(counter.number(), "test");
            }
            if (counter.current() != null && counter.current().state() == TicketState.SERVING) {
                floor.finishService(counter.number(), List.of(), "test");
            } else if (counter.current() != null) {
                floor.noShow(counter.number(), "test");
            }
            floor.signOut(counter.number(), "test");
        }
        floor.tickets("", TicketState.WAITING).forEach(ticket -> floor.cancel(ticket.label(), "test"));
    }

    @Test
    public void priorityTransferNoShowRejoinAndRecallFollowTheRules() throws Exception {
        floor.signIn(3, "王强");
        Ticket ordinary = floor.issue("A", Priority.NONE, "kiosk");
        Ticket elderly = floor.issue("A", Priority.ELDERLY, "kiosk");
        assertEquals("the priority ticket goes ahead", elderly.label(), floor.callNext(3, "王强").orElseThrow().label());
        Ticket transferred = floor.transfer(3, "D", "王强");
        assertEquals("D", transferred.queue());
        assertEquals(TicketState.WAITING, transferred.state());
        assertEquals("keeps its arrival time", elderly.arrivedAt(), transferred.arrivedAt());

        assertEquals(ordinary.label(), floor.callNext(3, "王强").orElseThrow().label());
        for (int i = 0; i < 3; i++) {
            floor.recall(3, "王强");
        }
        assertError(http("POST", "/api/v1/counters/3/recall", "{}"), 409, "illegal_action");
        assertEquals("NO_SHOW", code(json(http("POST", "/api/v1/counters/3/no-show", "{}"), 201), "state"));
        JsonObject back = json(http("POST", "/api/v1/tickets/" + ordinary.label() + "/rejoin", "{}"), 201);
        assertEquals("WAITING", code(back, "state"));
        assertEquals(ordinary.arrivedAt().toString(), back.get("arrivedAt").getAsString());
        assertEquals(ordinary.label(), floor.callNext(3, "王强").orElseThrow().label());
        floor.noShow(3, "王强");
        assertEquals("CANCELLED", code(json(http("POST", "/api/v1/tickets/" + ordinary.label() + "/cancel", "{}"),
                201), "state"));
    }

    @Test
    public void aCounterPublishesTheStepsItTakesAndTakesTheNewOnesOverRest() throws Exception {
        json(http("POST", "/api/v1/counters/4/sign-in", "{\"staff\":\"刘洋\"}"), 201);
        json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201);
        String later = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201).get("label").getAsString();
        assertEquals(Set.of("CALL_NEXT", "CALL_NUMBER", "PAUSE", "SIGN_OUT"), steps(4));

        JsonObject called = json(http("POST", "/api/v1/counters/4/call-ticket", "{\"ticket\":\"" + later + "\"}"),
                201);
        assertEquals("called out of turn (特呼)", later, called.get("label").getAsString());
        assertEquals(Set.of("RECALL", "NO_SHOW", "START", "TRANSFER"), steps(4));
        assertError(http("POST", "/api/v1/counters/4/finish", "{}"), 409, "illegal_action");
        json(http("POST", "/api/v1/counters/4/start", "{}"), 201);
        assertEquals(Set.of("FINISH", "HOLD", "TRANSFER"), steps(4));

        assertEquals("ON_HOLD", code(json(http("POST", "/api/v1/counters/4/hold", "{}"), 201), "state"));
        assertTrue(steps(4).containsAll(Set.of("CALL_NEXT", "CALL_BACK")));
        JsonObject refused = assertError(http("POST", "/api/v1/counters/4/sign-out", "{}"), 409, "illegal_action");
        assertTrue(refused.toString(), refused.get("message").getAsString().contains("挂起"));
        assertEquals("CALLED", code(json(http("POST", "/api/v1/counters/4/call-back",
                "{\"ticket\":\"" + later + "\"}"), 201), "state"));
        json(http("POST", "/api/v1/counters/4/start", "{}"), 201);
        JsonObject moved = json(http("POST", "/api/v1/counters/4/transfer", "{\"queue\":\"D\"}"), 201);
        assertEquals("transferred during service", "D", moved.get("queue").getAsString());

        assertEquals("reason", assertError(http("POST", "/api/v1/counters/4/pause", "{\"reason\":\"NAP\"}"), 400,
                "invalid").get("field").getAsString());
        JsonObject paused = json(http("POST", "/api/v1/counters/4/pause", "{\"reason\":\"BREAK\",\"note\":\"\"}"),
                201);
        assertEquals("BREAK", code(paused.getAsJsonObject("pause"), "reason"));
        assertEquals(5, json(http("GET", "/api/v1/counters"), 200).getAsJsonArray("pauseReasons").size());
        JsonObject whilePaused = assertError(http("POST", "/api/v1/counters/4/call-next", "{}"), 409,
                "illegal_action");
        assertTrue(whilePaused.toString(), whilePaused.get("messageEn").getAsString().contains("paused"));
        json(http("POST", "/api/v1/counters/4/resume", "{}"), 201);
        assertTrue(steps(4).contains("CALL_NEXT"));
    }

    private Set<String> steps(int counter) throws Exception {
        for (JsonElement entry : json(http("GET", "/api/v1/counters"), 200).getAsJsonArray("counters")) {
            if (entry.getAsJsonObject().get("number").getAsInt() == counter) {
                Set<String> steps = new TreeSet<>();
                entry.getAsJsonObject().getAsJsonArray("steps").forEach(step -> steps.add(step.getAsString()));
                return steps;
            }
        }
        throw new AssertionError("no counter " + counter);
    }

    @Test
    public void manyCountersCallingAtOnceNeverCallATicketTwiceNorLoseOne() throws Exception {
        int tickets = 60;
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            issued.add(floor.issue("A", i % 5 == 0 ? Priority.DISABLED : Priority.NONE, "kiosk").label());
        }
        List<Integer> counters = List.of(1, 2, 3, 4);
        for (int counter : counters) {
            floor.signIn(counter, "staff-" + counter);
        }
        List<String> calledBy = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(counters.size());
        List<Future<?>> work = new ArrayList<>();
        for (int counter : counters) {
            work.add(pool.submit(() -> {
                for (Optional<Ticket> next = floor.callNext(counter, "c" + counter); next.isPresent();
                        next = floor.callNext(counter, "c" + counter)) {
                    calledBy.add(next.get().label());
                    floor.startService(counter, "c" + counter);
                    floor.finishService(counter, List.of(), "c" + counter);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals("no ticket called twice", calledBy.size(), Set.copyOf(calledBy).size());
        assertTrue("every ticket called: " + calledBy, calledBy.containsAll(issued));
        assertTrue(floor.tickets("A", TicketState.WAITING).isEmpty());
        for (String label : issued) {
            assertEquals(TicketState.DONE, floor.ticket(label).orElseThrow().state());
        }
    }

    @Test
    public void theShellIssuesAndCallsAndNumberingGoesOnAfterTheCoreRestarts() throws Exception {
        shell("hall:counter 6 sign-in 赵敏", "admin");
        String issued = shell("hall:ticket-issue F", "admin");
        assertTrue(issued, issued.startsWith("F0"));
        String first = issued.substring(0, 4);
        String call = shell("hall:ticket-call 6", "admin");
        assertTrue(call, call.contains("请 " + first + " 号到 6 号窗口"));
        String listed = shell("hall:tickets -q F", "admin");
        assertTrue(listed, listed.contains(first) && listed.contains("已叫号"));
        assertTrue(shell("hall:counters", "admin").contains("赵敏"));
        assertTrue(shell("hall:ticket-call 6", "admin").contains("未办理"));

        Bundle core = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.getSymbolicName().equals("parkhall-core")).findFirst().orElseThrow();
        core.stop();
        core.start();
        hallIsReady();
        String next = json(http("POST", "/api/v1/tickets", "{\"queue\":\"F\"}"), 201).get("label").getAsString();
        assertEquals("numbering goes on where it was", Integer.parseInt(first.substring(1)) + 1,
                Integer.parseInt(next.substring(1)));
        JsonObject current = json(http("GET", "/api/v1/tickets/" + first), 200);
        assertEquals("CALLED", code(current, "state"));
    }
}
