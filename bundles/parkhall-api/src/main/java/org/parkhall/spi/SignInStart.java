package org.parkhall.spi;

import java.net.URI;
import java.util.Objects;

/**
 * A sign-in begun: where to send the browser, the {@code state} the provider's answer must carry back, and what
 * the provider needs to check that answer ({@code kept}, e.g. a nonce and a PKCE verifier), which the hall keeps on
 * its side and never shows to the browser. Since SPI 1.4.
 */
public record SignInStart(URI redirect, String state, String kept) {
    /** A state of fewer characters carries too little chance to be guessed from (128 bits in base64url). */
    public static final int MIN_STATE_LENGTH = 22;

    public SignInStart {
        Objects.requireNonNull(redirect, "redirect");
        if (!redirect.isAbsolute()) {
            throw new IllegalArgumentException("the sign-in redirect must be an absolute address");
        }
        if (state == null || state.length() < MIN_STATE_LENGTH || !state.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("the state must be at least " + MIN_STATE_LENGTH
                    + " base64url characters");
        }
        kept = kept == null ? "" : kept;
    }

    @Override
    public String toString() {
        return "SignInStart[" + redirect.getHost() + "]"; // the state and what is kept are secrets
    }
}
