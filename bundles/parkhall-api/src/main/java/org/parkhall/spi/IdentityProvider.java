package org.parkhall.spi;

import java.net.URI;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Signs members of the public in for online services (网上办): the province's unified identity or another
 * provider, registered as an OSGi service and named with the service property {@value #NAME}. The hall sends the
 * browser to {@link #begin}'s address, keeps what it returns on its side (never in the browser), and hands it back
 * with the provider's answer to {@link #finish} once the browser returns to the callback.
 *
 * <p>Since SPI 1.4.
 */
@ConsumerType
public interface IdentityProvider {

    /** Service property naming the provider, e.g. {@code oidc}; the hall offers the highest-ranked one. */
    String NAME = "parkhall.identity.provider";

    /** Starts a sign-in whose answer comes back to {@code callback}. */
    SignInStart begin(URI callback);

    /**
     * Checks the provider's answer (the callback's query parameters) against what {@link #begin} returned, and
     * says who signed in.
     *
     * @throws SignInRefused when the answer is refused or the provider cannot be reached
     */
    PublicIdentity finish(SignInStart started, URI callback, Map<String, String> answer);
}
