package org.parkhall.nodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A hall display connected to one node's {@code /api/v1/display/events}, as the board's EventSource is: the calls
 * ({@code event: call}) it receives, in order, each with the moment it arrived.
 */
public final class DisplayStream implements AutoCloseable {
    /** One call as the display received it. */
    public record Call(JsonObject data, long receivedNanos) {
    }

    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private DisplayStream(NodeProcess node) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url("/api/v1/display/events")))
                .header("Accept", "text/event-stream").GET().build();
        response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> read(answer.body().iterator()));
    }

    /** Connects a display to {@code node}, waiting until the stream has answered. */
    public static DisplayStream open(NodeProcess node) throws Exception {
        DisplayStream display = new DisplayStream(node);
        int status = display.response.get(10, TimeUnit.SECONDS).statusCode();
        if (status != 200) {
            throw new AssertionError("the display stream of " + node.url("") + " answered " + status);
        }
        return display;
    }

    private void read(Iterator<String> lines) {
        String event = "";
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event: ")) {
                event = line.substring("event: ".length());
            } else if (line.startsWith("data: ") && event.equals("call")) {
                calls.add(new Call(JsonParser.parseString(line.substring("data: ".length())).getAsJsonObject(),
                        System.nanoTime()));
            } else if (line.isEmpty()) {
                event = "";
            }
        }
    }

    /** The next call of {@code ticket} to arrive before {@code deadlineNanos} (System.nanoTime), or null. */
    public Call awaitCall(String ticket, long deadlineNanos) throws InterruptedException {
        while (true) {
            Call call = calls.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (call == null || call.data().get("ticket").getAsString().equals(ticket)) {
                return call;
            }
        }
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
