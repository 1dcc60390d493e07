package org.parkhall.spi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The numbers an applicant is known by, checked as their standards define them: the citizen ID number (公民身份号码,
 * GB 11643-1999), the unified social credit code (统一社会信用代码, GB 32100-2015) with the organisation code it
 * embeds (组织机构代码, GB 11714-1997), and a contact phone.
 */
public final class IdentityNumbers {
    private static final Pattern ID_CARD = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] ID_CARD_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CARD_CHECK = "10X98765432";
    /**
     * Province-level codes of GB/T 2260 (the first two digits of an address code): 11-15 north, 21-23 north-east,
     * 31-37 east, 41-46 south-central, 50-54 south-west, 61-65 north-west; 71 Taiwan, 81 Hong Kong and 82 Macao
     * (the 810000/820000/830000 of residence permits for Hong Kong, Macao and Taiwan residents among them).
     */
    private static final Pattern PROVINCE = Pattern.compile("1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]");
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** The hall's time zone, in which "not born in the future" is judged. */
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    /** GB 32100 alphabet: digits and upper-case letters without I, O, Z, S, V. */
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /**
     * GB 32100-2015 appendix A: each registration authority (登记管理部门, 1st character) and the organisation
     * categories (机构类别, 2nd character) it registers: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游,
     * 7 宗教, 8 工会, 9 市场监管（工商）, A 军队编制, N 农业农村, Y 其他.
     */
    private static final Map<Character, String> USCC_CATEGORIES = Map.ofEntries(Map.entry('1', "1239"),
            Map.entry('2', "19"), Map.entry('3', "123459"), Map.entry('4', "19"), Map.entry('5', "1239"),
            Map.entry('6', "129"), Map.entry('7', "129"), Map.entry('8', "19"), Map.entry('9', "123"),
            Map.entry('A', "19"), Map.entry('N', "1239"), Map.entry('Y', "1"));
    private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

    private IdentityNumbers() {
    }

    /**
     * Whether {@code number} is a citizen ID number: 18 characters with an upper-case X as the only letter, a
     * plausible address code (a province-level code, and below it a prefecture and county, except the
     * region-wide codes of Taiwan, Hong Kong and Macao), a birth date that exists, not before 1900 and not after
     * today in the hall, and the correct check character.
     */
    public static boolean isValidIdCard(String number) {
        return isValidIdCard(number, LocalDate.now(HALL_ZONE));
    }

    /** As {@link #isValidIdCard(String)}, judging the birth date against the given day. */
    public static boolean isValidIdCard(String number, LocalDate today) {
        if (number == null || !ID_CARD.matcher(number).matches()) {
            return false;
        }
        return plausibleRegion(number.substring(0, 6)) && realBirthDate(number.substring(6, 14), today)
                && number.charAt(17) == idCardCheck(number.substring(0, 17));
    }

    private static boolean plausibleRegion(String region) {
        String province = region.substring(0, 2);
        if (!PROVINCE.matcher(province).matches()) {
            return false;
        }
        // Residence permits carry the region's own code (710000, 810000, ...); a mainland number names its county.
        boolean regionWide = region.endsWith("0000");
        boolean outsideMainland = region.charAt(0) == '7' || region.charAt(0) == '8';
        return outsideMainland == regionWide;
    }

    private static boolean realBirthDate(String yyyymmdd, LocalDate today) {
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return !born.isBefore(FIRST_BIRTH_DATE) && !born.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
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

    /**
     * Whether {@code code} is a unified social credit code: 18 characters of its alphabet, a registration authority
     * and organisation category that GB 32100 assigns, an embedded organisation code (characters 9 to 17) with its
     * own correct GB 11714 check character, and the correct overall check character.
     */
    public static boolean isValidCreditCode(String code) {
        if (code == null || !USCC.matcher(code).matches()) {
            return false;
        }
        String categories = USCC_CATEGORIES.get(code.charAt(0));
        return categories != null && categories.indexOf(code.charAt(1)) >= 0
                && code.charAt(16) == organizationCodeCheck(code.substring(8, 16))
                && code.charAt(17) == creditCodeCheck(code.substring(0, 17));
    }

    /** The check character (0-9 or X) of a GB 11714 organisation code's first eight characters. */
    static char organizationCodeCheck(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            // Digits count as themselves, letters A-Z as 10-35.
            sum += Character.digit(first8.charAt(i), 36) * ORG_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
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

    /**
     * Whether {@code phone} is a mainland mobile number (11 digits from 13) or a fixed line with its area code
     * (0 and 9 to 11 more digits); spaces and dashes as people write them are ignored.
     */
    public static boolean isValidPhone(String phone) {
        return PHONE.matcher(Checks.phoneDigits(phone)).matches();
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
