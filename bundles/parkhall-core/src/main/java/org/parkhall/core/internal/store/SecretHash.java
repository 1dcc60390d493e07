package org.parkhall.core.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The form in which the store keeps a secret (a pad's, a session's token): its SHA-256 in hex, never the secret. */
public final class SecretHash {
    private SecretHash() {
    }

    /** Enough for a 256-bit secret; a short code is protected by its few tries and minutes instead. */
    public static String of(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
