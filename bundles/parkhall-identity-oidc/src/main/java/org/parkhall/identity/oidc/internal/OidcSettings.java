package org.parkhall.identity.oidc.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * What {@code etc/org.parkhall.identity.oidc.cfg} sets, as checked: the provider (its issuer, from which
 * discovery is read), this hall's client id and secret (no default: the province registers the hall), the scope,
 * and the claims that carry the person's ID number, name and phone and the enterprise they act for. Absent when the
 * issuer, client id or secret is not set: then the hall offers no online sign-in.
 */
record OidcSettings(URI issuer, String clientId, String clientSecret, String scope, Claims claims, Duration timeout,
        int clockSkewSeconds) {

    /** The names of the ID token's claims the hall reads. */
    record Claims(String idNumber, String name, String phone, String creditCode, String enterpriseName) {
    }

    static Optional<OidcSettings> read(ConfigurationReader read) {
        String issuer = read.text("issuer", "");
        String clientId = read.text("clientId", "");
        String clientSecret = read.text("clientSecret", "");
        if (issuer.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty()) {
            return Optional.empty();
        }
        URI issuerUri;
        try {
            issuerUri = Endpoints.checked(URI.create(issuer));
        } catch (IllegalArgumentException e) {
            read.refuse("issuer", issuer, Bilingual.of("https 地址（本机测试可用 http）",
                    "an https address (http for a provider on this machine)"));
            return Optional.empty();
        }
        return Optional.of(new OidcSettings(issuerUri, clientId, clientSecret,
                checked(read, "scope", "openid profile", "openid( [A-Za-z0-9_.:-]{1,64}){0,10}",
                        Bilingual.of("以 openid 开头、以空格分隔的范围", "scopes separated by spaces, openid first")),
                new Claims(claim(read, "idNumberClaim", "id_number"), claim(read, "nameClaim", "name"),
                        claim(read, "phoneClaim", "phone_number"), claim(read, "creditCodeClaim", "credit_code"),
                        claim(read, "enterpriseNameClaim", "enterprise_name")),
                Duration.ofSeconds(read.integer("timeoutSeconds", 10, 1, 60)),
                read.integer("clockSkewSeconds", 60, 0, 600)));
    }

    private static String claim(ConfigurationReader read, String key, String fallback) {
        return checked(read, key, fallback, "[A-Za-z0-9_.:-]{1,64}",
                Bilingual.of("声明名称，如 id_number", "a claim name such as id_number"));
    }

    /** The value of {@code key}, or {@code fallback} when it is missing or (refused with {@code rule}) malformed. */
    private static String checked(ConfigurationReader read, String key, String fallback, String pattern,
            Bilingual rule) {
        String value = read.text(key, fallback);
        if (!value.matches(pattern)) {
            read.refuse(key, value, rule);
            return fallback;
        }
        return value;
    }
}
