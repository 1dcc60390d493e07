package org.parkhall.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.parkhall.core.internal.store.SecretHash;
import org.parkhall.spi.InvalidInputException;

/**
 * Query codes (查询码): the proof an applicant gives with a case number or a booking reference on the public
 * pages and at the kiosk. Eight random digits (10^8 values, so that with the web's throttle a guess is hopeless),
 * easy to type on a kiosk's keypad; only their digest is stored, so a copy of the database proves nothing.
 */
public final class QueryCodes {
    public static final String FIELD = "queryCode";
    private static final Pattern CODE = Pattern.compile("\\d{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    public static String newCode() {
        return randomDigits(8);
    }

    /** {@code count} random digits, as a reference that says nothing of the one before. */
    public static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder(count);
        RANDOM.ints(count, 0, 10).forEach(digits::append);
        return digits.toString();
    }

    public static String digest(String code) {
        return SecretHash.of(code);
    }

    /** Whether {@code code} is the one whose digest is {@code storedDigest} (null: none issued), in constant time. */
    public static boolean matches(String storedDigest, String code) {
        return storedDigest != null && MessageDigest.isEqual(storedDigest.getBytes(StandardCharsets.US_ASCII),
                digest(checked(code)).getBytes(StandardCharsets.US_ASCII));
    }

    /** The code as typed, without spaces; refused (so not counted as a guess) when it is not eight digits. */
    public static String checked(String code) {
        String digits = code == null ? "" : code.replace(" ", "").strip();
        if (!CODE.matcher(digits).matches()) {
            throw new InvalidInputException(FIELD, "请输入8位查询码（见受理回执或预约确认）",
                    "enter the 8-digit query code (on the receipt or the booking confirmation)");
        }
        return digits;
    }
}
