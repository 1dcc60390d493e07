package org.parkhall.identity.oidc.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTClaimsSet;

import org.parkhall.spi.IdentityProvider;
import org.parkhall.spi.PublicIdentity;
import org.parkhall.spi.SignInRefused;
import org.parkhall.spi.SignInStart;

/**
 * OpenID Connect authorization code flow with PKCE (S256): {@link #begin} sends the browser to the provider with a
 * fresh state, nonce and code challenge; {@link #finish} checks the state that came back, trades the code (with
 * the verifier) for the tokens, checks the ID token and its nonce, and reads the person (and the enterprise they
 * act for) from its claims. The endpoints come from the provider's discovery document, read on first use and again
 * after a failure to reach them.
 */
final class OidcIdentityProvider implements IdentityProvider {
    private static final int CODE_MAX_LENGTH = 2048;

    private final OidcSettings settings;
    private final ProviderClient client;
    private final SecureRandom random = new SecureRandom();
    private volatile Endpoints endpoints;
    private volatile IdTokenCheck check;

    OidcIdentityProvider(OidcSettings settings) {
        this.settings = settings;
        this.client = new ProviderClient(settings.timeout());
    }

    @Override
    public SignInStart begin(URI callback) {
        Endpoints at = endpoints();
        String state = Secrets.random(random, 32);
        String nonce = Secrets.random(random, 32);
        Pkce pkce = Pkce.create(random);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", callback.toString());
        query.put("scope", settings.scope());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", Pkce.METHOD);
        URI redirect = URI.create(at.authorization() + "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        return new SignInStart(redirect, state, new Kept(nonce, pkce.verifier()).written());
    }

    @Override
    public PublicIdentity finish(SignInStart started, URI callback, Map<String, String> answer) {
        if (answer.containsKey("error")) {
            throw new SignInRefused("登录未完成（已取消或被身份提供方拒绝）", "the sign-in was cancelled or refused by the provider");
        }
        if (!Secrets.same(started.state(), answer.get("state"))) {
            throw new SignInRefused("登录状态不符，请重新登录", "the sign-in's state does not match; sign in again");
        }
        String issuer = answer.get("iss"); // RFC 9207: where the provider names itself, it must be this one
        if (issuer != null && !issuer.equals(settings.issuer().toString())) {
            throw new SignInRefused("答复来自其他身份提供方", "the answer came from another provider");
        }
        String code = answer.getOrDefault("code", "");
        if (code.isEmpty() || code.length() > CODE_MAX_LENGTH) {
            throw new SignInRefused("身份提供方未给出授权码", "the provider gave no authorization code");
        }
        Kept kept = Kept.read(started.kept());
        Endpoints at = endpoints();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", callback.toString());
        form.put("code_verifier", kept.verifier());
        form.put("client_id", settings.clientId());
        Object idToken = client.exchange(at.token(), settings.clientId(), settings.clientSecret(), form)
                .get("id_token");
        if (!(idToken instanceof String token)) {
            throw new SignInRefused("身份提供方未给出身份凭证", "the provider gave no ID token");
        }
        return identity(check.verify(token, kept.nonce()));
    }

    private PublicIdentity identity(JWTClaimsSet claims) {
        OidcSettings.Claims names = settings.claims();
        String creditCode = text(claims, names.creditCode());
        return new PublicIdentity(claims.getSubject(), text(claims, names.idNumber()), text(claims, names.name()),
                text(claims, names.phone()), creditCode.isEmpty() ? null
                        : new PublicIdentity.Enterprise(creditCode, text(claims, names.enterpriseName())));
    }

    private static String text(JWTClaimsSet claims, String name) {
        try {
            String value = claims.getStringClaim(name);
            return value == null ? "" : value;
        } catch (ParseException e) {
            throw new SignInRefused("身份凭证的声明 " + name + " 不是文字", "the ID token's claim " + name + " is not text");
        }
    }

    /** The endpoints, read from discovery once it answers; a failure is tried again on the next sign-in. */
    private Endpoints endpoints() {
        Endpoints known = endpoints;
        if (known == null) {
            known = Endpoints.from(settings.issuer(), client.json(Endpoints.discovery(settings.issuer())));
            URI jwks = known.jwks();
            check = new IdTokenCheck(settings.issuer().toString(), settings.clientId(), settings.clockSkewSeconds(),
                    () -> client.keys(jwks));
            endpoints = known;
        }
        return known;
    }

    /** What the hall keeps for this sign-in: the nonce and the PKCE verifier, base64url both, so one space parts them. */
    record Kept(String nonce, String verifier) {
        String written() {
            return nonce + " " + verifier;
        }

        static Kept read(String written) {
            String[] parts = written.split(" ", -1);
            if (parts.length != 2) {
                throw new SignInRefused("登录状态不符，请重新登录", "the sign-in's state does not match; sign in again");
            }
            return new Kept(parts[0], parts[1]);
        }
    }
}
