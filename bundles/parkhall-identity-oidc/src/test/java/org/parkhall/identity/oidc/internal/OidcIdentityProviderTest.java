package org.parkhall.identity.oidc.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.Test;
import org.parkhall.spi.SignInRefused;
import org.parkhall.spi.SignInStart;

/** The answer's checks that come before any call to the provider: its error, its state, its issuer, its code. */
public class OidcIdentityProviderTest {
    private static final URI CALLBACK = URI.create("https://hall.example/api/v1/online/sign-in/callback");
    // Nothing listens here: a check that let the answer through would fail reaching the provider instead.
    private final OidcIdentityProvider provider = new OidcIdentityProvider(new OidcSettings(
            URI.create("http://127.0.0.1:9/issuer"), "parkhall", "secret", "openid",
            new OidcSettings.Claims("id_number", "name", "phone_number", "credit_code", "enterprise_name"),
            Duration.ofSeconds(1), 60));
    private final SignInStart started = new SignInStart(URI.create("http://127.0.0.1:9/authorize"),
            "s".repeat(43), new OidcIdentityProvider.Kept("nonce", "v".repeat(43)).written());

    @Test
    public void anAnswerWithAnotherStateIsRefusedAsNotMatching() {
        SignInRefused refused = assertThrows(SignInRefused.class, () -> provider.finish(started, CALLBACK,
                Map.of("state", "t".repeat(43), "code", "abc")));
        assertEquals(false, refused.unreachable());
        assertEquals("the sign-in's state does not match; sign in again", refused.text().en());
        assertThrows(SignInRefused.class, () -> provider.finish(started, CALLBACK, Map.of("code", "abc")));
    }

    @Test
    public void anErrorAnotherIssuerOrNoCodeIsRefused() {
        assertEquals("the sign-in was cancelled or refused by the provider", assertThrows(SignInRefused.class,
                () -> provider.finish(started, CALLBACK, Map.of("error", "access_denied"))).text().en());
        assertEquals("the answer came from another provider", assertThrows(SignInRefused.class,
                () -> provider.finish(started, CALLBACK, Map.of("state", started.state(), "code", "abc",
                        "iss", "https://evil.example"))).text().en());
        assertEquals("the provider gave no authorization code", assertThrows(SignInRefused.class,
                () -> provider.finish(started, CALLBACK, Map.of("state", started.state()))).text().en());
    }

    @Test
    public void aProviderThatDoesNotAnswerIsReportedUnreachable() {
        assertEquals(true, assertThrows(SignInRefused.class, () -> provider.begin(CALLBACK)).unreachable());
    }
}
