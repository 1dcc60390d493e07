package org.parkhall.spi;

import java.util.regex.Pattern;

/**
 * Checksums of the two numbers an applicant is known by: the citizen ID number (公民身份号码, GB 11643-1999) and
 * the unified social credit code (统一社会信用代码, GB 32100-2015).
 */
public final class IdentityNumbers {
    private static final Pattern ID_CARD = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] ID_CARD_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CARD_CHECK = "10X98765432";

    /** GB 32100 alphabet: digits and upper-case letters without I, O, Z, S, V. */
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    /** Whether {@code number} is an 18-digit citizen ID number with a correct check character (upper-case X). */
    public static boolean isValidIdCard(String number) {
        if (number == null || !ID_CARD.matcher(number).matches()) {
            return false;
        }
        return number.charAt(17) == idCardCheck(number.substring(0, 17));
    }

    /** The check character (0-9 or X) that completes the first 17 digits of a citizen ID number. */
    public static char idCardCheck(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("an ID number's first 17 characters are digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_CARD_WEIGHTS[i];
        }
        return ID_CARD_CHECK.charAt(sum % 11);
    }

    /** Whether {@code code} is an 18-character unified social credit code with a correct check character. */
    public static boolean isValidCreditCode(String code) {
        if (code == null || !USCC.matcher(code).matches()) {
            return false;
        }
        return code.charAt(17) == creditCodeCheck(code.substring(0, 17));
    }

    /** The check character that completes the first 17 characters of a unified social credit code. */
    public static char creditCodeCheck(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("a credit code's first part is 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** An ID number shown in lists and logs: {@code 1101********1234}. */
    public static String maskIdCard(String number) {
        return mask(number, 4, 4);
    }

    /** A mobile phone number shown in lists and logs: {@code 138****5678}. */
    public static String maskPhone(String phone) {
        return mask(phone, 3, 4);
    }

    private static String mask(String value, int head, int tail) {
        if (value == null) {
            return "";
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
