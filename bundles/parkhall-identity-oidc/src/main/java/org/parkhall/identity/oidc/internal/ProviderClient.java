package org.parkhall.identity.oidc.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.SignInRefused;

/**
 * The provider's HTTP side, over the JDK's client: discovery, the JWKS, and the code exchange at the token
 * endpoint (client_secret_basic, RFC 6749 2.3.1). Redirects are not followed and answers are bounded in size.
 */
final class ProviderClient {
    /** A discovery document, a key set or a token answer is a few KiB; more is not a provider's answer. */
    static final int MAX_ANSWER = 256 * 1024;

    private final HttpClient http;
    private final Duration timeout;

    ProviderClient(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    Map<String, Object> json(URI address) {
        return parse(send(HttpRequest.newBuilder(address).timeout(timeout).header("Accept", "application/json")
                .GET().build()), address);
    }

    JWKSet keys(URI address) {
        try {
            return JWKSet.parse(json(address));
        } catch (ParseException e) {
            throw Endpoints.refused("身份提供方的密钥集无法读取", "the provider's key set (JWKS) cannot be read");
        }
    }

    /** Trades the authorization code for the tokens; the answer is the token endpoint's JSON. */
    Map<String, Object> exchange(URI tokenEndpoint, String clientId, String clientSecret, Map<String, String> form) {
        String body = form.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        return parse(send(HttpRequest.newBuilder(tokenEndpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.ofString(body)).build()),
                tokenEndpoint);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SignInRefused(Bilingual.of("身份提供方暂时无法访问，请稍后重试",
                    "the identity provider cannot be reached; try again later"), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInRefused(Bilingual.of("登录被中断", "the sign-in was interrupted"), true, e);
        }
    }

    private static Map<String, Object> parse(HttpResponse<byte[]> response, URI address) {
        if (response.body().length > MAX_ANSWER) {
            throw Endpoints.refused("身份提供方的答复过大", "the provider's answer is too large");
        }
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(new String(response.body(), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw Endpoints.refused("身份提供方的答复无法读取（" + response.statusCode() + "）",
                    "the provider's answer is not JSON (" + response.statusCode() + " from " + address.getPath() + ")");
        }
        if (response.statusCode() != 200) {
            // The token endpoint refuses a spent, expired or forged code with 400 invalid_grant (RFC 6749 5.2).
            throw new SignInRefused("身份提供方拒绝了登录（" + json.getOrDefault("error", response.statusCode()) + "），请重新登录",
                    "the provider refused the sign-in (" + json.getOrDefault("error", response.statusCode())
                            + "); sign in again");
        }
        return json;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
