package org.parkhall.core.internal.ratings;

import java.security.SecureRandom;
import java.util.Base64;

import org.parkhall.core.internal.store.SecretHash;

/** Random secrets, tokens and codes for the rating pads, and the hash under which the hall keeps them. */
final class Secrets {
    private final SecureRandom random = new SecureRandom();

    /** 256 random bits, URL-safe: a pad's secret or a rating token, unguessable however often one tries. */
    String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code length} random digits, for a person to type. */
    String digits(int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    static String hash(String secret) {
        return SecretHash.of(secret);
    }
}
