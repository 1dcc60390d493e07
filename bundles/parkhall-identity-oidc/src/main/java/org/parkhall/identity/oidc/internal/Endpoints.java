package org.parkhall.identity.oidc.internal;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.SignInRefused;

/**
 * The provider's endpoints, read from its discovery document ({@code /.well-known/openid-configuration}), which
 * must name the configured issuer exactly (OpenID Connect Discovery 4.3), so one provider cannot stand in for
 * another.
 */
record Endpoints(URI authorization, URI token, URI jwks) {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    static URI discovery(URI issuer) {
        String base = issuer.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + ".well-known/openid-configuration");
    }

    static Endpoints from(URI issuer, Map<String, Object> document) {
        if (!issuer.toString().equals(document.get("issuer"))) {
            throw refused("身份提供方的发现文档与所配置的发行方不一致",
                    "the provider's discovery document names another issuer");
        }
        return new Endpoints(endpoint(document, "authorization_endpoint"), endpoint(document, "token_endpoint"),
                endpoint(document, "jwks_uri"));
    }

    /** An absolute https address, or http for a provider on this machine (a test or a local gateway). */
    static URI checked(URI address) {
        if (!address.isAbsolute() || address.getHost() == null || address.getRawQuery() != null
                || !("https".equals(address.getScheme())
                        || "http".equals(address.getScheme()) && LOOPBACK.contains(address.getHost()))) {
            throw new IllegalArgumentException("not an https address: " + address);
        }
        return address;
    }

    private static URI endpoint(Map<String, Object> document, String name) {
        try {
            return checked(URI.create(String.valueOf(document.get(name))));
        } catch (IllegalArgumentException e) {
            throw refused("身份提供方的发现文档缺少或有误：" + name, "the provider's discovery document lacks " + name);
        }
    }

    static SignInRefused refused(String zh, String en) {
        return new SignInRefused(Bilingual.of(zh, en), true, null);
    }
}
