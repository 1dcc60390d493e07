package org.parkhall.identity.oidc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method: a random verifier kept by the hall, and its
 * challenge sent with the authorization request, so a code intercepted on its way back is worth nothing without
 * the verifier.
 */
record Pkce(String verifier, String challenge) {
    static final String METHOD = "S256";

    Pkce {
        if (!verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            throw new IllegalArgumentException("a PKCE verifier is 43 to 128 unreserved characters");
        }
    }

    /** A verifier of 32 random bytes (256 bits, 43 characters in base64url). */
    static Pkce create(SecureRandom random) {
        return of(Secrets.random(random, 32));
    }

    static Pkce of(String verifier) {
        return new Pkce(verifier, challenge(verifier));
    }

    /** BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
