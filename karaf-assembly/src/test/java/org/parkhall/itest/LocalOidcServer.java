package org.parkhall.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect server (NAV's mock-oauth2-server: discovery, a signing key in its JWKS, the authorization
 * code flow with its sign-in form) on this machine, started once in the build's JVM for the class that names it.
 * Only the Pax Exam configuration, which runs there, touches this class; the tests in the container reach the server
 * over HTTP.
 */
final class LocalOidcServer {
    static final String ISSUER_ID = "province";
    static final String CLIENT_ID = "parkhall-hall";
    static final String CLIENT_SECRET = "it-secret-" + Long.toHexString(System.nanoTime());

    private static MockOAuth2Server server;

    private LocalOidcServer() {
    }

    /** The issuer of the running server, starting it on first use; {@code localhost}, as the hall will name it. */
    static synchronized String issuer() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server(OAuth2Config.Companion.fromJson(
                    "{\"interactiveLogin\": true}"));
            try {
                started.start(InetAddress.getLoopbackAddress(), 0);
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("the local OpenID Connect server did not start", e));
            }
            server = started;
        }
        return "http://localhost:" + server.baseUrl().port() + "/" + ISSUER_ID;
    }
}
