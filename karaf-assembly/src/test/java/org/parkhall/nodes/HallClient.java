package org.parkhall.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A caller of one node's REST API: a visitor, or a staff member with the session cookie and CSRF token that signing
 * in answered. {@link #on} carries the same session to another node, as a load balancer may.
 */
public final class HallClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final NodeProcess node;
    private final String cookie;
    private final String csrfToken;

    /** One answer of the hall. */
    public record Reply(int status, String body) {
        /** The JSON object answered, failing with the body when the status differs. */
        public JsonObject json(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private HallClient(NodeProcess node, String cookie, String csrfToken) {
        this.node = node;
        this.cookie = cookie;
        this.csrfToken = csrfToken;
    }

    public static HallClient visitor(NodeProcess node) {
        return new HallClient(node, null, null);
    }

    public static HallClient signIn(NodeProcess node, String user, String password) {
        HttpResponse<String> response = visitor(node).exchange("POST", "/api/v1/session", "{\"username\":\"" + user
                + "\",\"password\":\"" + password + "\"}");
        String cookie = response.headers().allValues("set-cookie").stream()
                .filter(header -> header.startsWith("PARKHALL_SESSION=")).map(header -> header.split(";")[0])
                .findFirst().orElseThrow(() -> new AssertionError(user + " could not sign in: "
                        + response.statusCode() + " " + response.body()));
        return new HallClient(node, cookie, new Reply(response.statusCode(), response.body()).json(201)
                .get("csrfToken").getAsString());
    }

    /** The same caller (and session) at another node. */
    public HallClient on(NodeProcess other) {
        return new HallClient(other, cookie, csrfToken);
    }

    public Reply get(String path) {
        HttpResponse<String> response = exchange("GET", path, null);
        return new Reply(response.statusCode(), response.body());
    }

    public Reply post(String path, String json) {
        HttpResponse<String> response = exchange("POST", path, json);
        return new Reply(response.statusCode(), response.body());
    }

    private HttpResponse<String> exchange(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (cookie != null) {
            request.header("Cookie", cookie).header("X-CSRF-Token", csrfToken);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on " + node.url("") + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
