package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

public class IdentityNumbersTest {

    @Test
    public void acceptsIdCardNumbersWithCorrectCheckCharacter() {
        assertTrue(IdentityNumbers.isValidIdCard("11010519491231002X"));
        assertTrue(IdentityNumbers.isValidIdCard("110101199003074514"));
    }

    @Test
    public void rejectsIdCardNumbersWithWrongCheckLengthOrCharacters() {
        assertFalse(IdentityNumbers.isValidIdCard("110101199003074513"));
        assertFalse(IdentityNumbers.isValidIdCard("11010519491231002x"));
        assertFalse(IdentityNumbers.isValidIdCard("11010519491231002"));
        assertFalse(IdentityNumbers.isValidIdCard("01010519491231002X"));
        assertFalse(IdentityNumbers.isValidIdCard(null));
    }

    @Test
    public void anIdNumberNeedsARealBirthDateNotInTheFutureNorBefore1900() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        assertFalse("month 13, day 99", IdentityNumbers.isValidIdCard("999999202613990005", today));
        assertFalse("month 13, day 99", IdentityNumbers.isValidIdCard(idCard("11010120261399000"), today));
        assertFalse("29 February of a common year", IdentityNumbers.isValidIdCard(idCard("11010120250229000"),
                today));
        assertTrue("29 February of a leap year", IdentityNumbers.isValidIdCard(idCard("11010120240229000"), today));
        assertTrue("born today", IdentityNumbers.isValidIdCard(idCard("11010120260630000"), today));
        assertFalse("born tomorrow", IdentityNumbers.isValidIdCard(idCard("11010120260701000"), today));
        assertFalse("born before 1900", IdentityNumbers.isValidIdCard(idCard("11010118991231000"), today));
        assertTrue("born on 1 January 1900", IdentityNumbers.isValidIdCard(idCard("11010119000101000"), today));
    }

    @Test
    public void anIdNumberNeedsAProvinceLevelRegionAndBelowItACountyOnTheMainland() {
        for (String province : new String[] {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61",
                "65"}) {
            assertTrue(province, IdentityNumbers.isValidIdCard(idCard(province + "010219900307451")));
            assertFalse(province + "0000", IdentityNumbers.isValidIdCard(idCard(province + "000019900307451")));
        }
        for (String province : new String[] {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55",
                "60", "66", "70", "72", "80", "84", "99"}) {
            assertFalse(province, IdentityNumbers.isValidIdCard(idCard(province + "010219900307451")));
        }
        for (String region : new String[] {"71", "81", "82", "83"}) {
            assertTrue("residence permit " + region, IdentityNumbers.isValidIdCard(idCard(region
                    + "000019900307451")));
            assertFalse(region + "0102", IdentityNumbers.isValidIdCard(idCard(region + "010219900307451")));
        }
    }

    @Test
    public void acceptsCreditCodesWithCorrectCheckCharacter() {
        assertTrue(IdentityNumbers.isValidCreditCode("91350100M000100Y43"));
    }

    @Test
    public void acceptsRealCreditCodes() {
        for (String code : new String[] {"91440300708461136T", "9144030071526726XG", "91330100799655058B",
                "91110000802100433B"}) {
            assertTrue(code, IdentityNumbers.isValidCreditCode(code));
        }
    }

    @Test
    public void aCreditCodeNeedsARegistrationAuthorityAndACategoryItRegisters() {
        assertFalse(IdentityNumbers.isValidCreditCode("000000000000000000"));
        String[] allowed = {"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49", "51",
            "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93", "A1", "A9", "N1",
            "N2", "N3", "N9", "Y1"};
        for (String start : allowed) {
            assertTrue(start, IdentityNumbers.isValidCreditCode(creditCode(start + "350100M000100Y4")));
        }
        for (String start : new String[] {"01", "10", "14", "22", "36", "42", "54", "63", "73", "82", "94", "99",
                "A2", "B1", "N4", "Y2", "Y9"}) {
            assertFalse(start, IdentityNumbers.isValidCreditCode(creditCode(start + "350100M000100Y4")));
        }
    }

    @Test
    public void aCreditCodeEmbedsAnOrganisationCodeWithItsOwnCheckCharacter() {
        // M000100Y checks to 4 under GB 11714; any other check character is wrong, though the overall one fits.
        assertFalse(IdentityNumbers.isValidCreditCode(creditCode("91350100M000100Y5")));
        assertFalse(IdentityNumbers.isValidCreditCode(creditCode("91350100M000100Y0")));
        assertEquals('X', IdentityNumbers.organizationCodeCheck("00000006"));
        assertEquals('0', IdentityNumbers.organizationCodeCheck("00000000"));
        assertTrue(IdentityNumbers.isValidCreditCode(creditCode("9135010000000006X")));
    }

    @Test
    public void phonesAreMobilesOrFixedLinesWithAreaCode() {
        assertTrue(IdentityNumbers.isValidPhone("13812345678"));
        assertTrue(IdentityNumbers.isValidPhone("0477-7612345"));
        assertTrue(IdentityNumbers.isValidPhone(" 138 1234 5678 "));
        assertFalse(IdentityNumbers.isValidPhone("12812345678"));
        assertFalse(IdentityNumbers.isValidPhone("7612345"));
        assertFalse(IdentityNumbers.isValidPhone(null));
    }

    private static String idCard(String first17) {
        return first17 + IdentityNumbers.idCardCheck(first17);
    }

    private static String creditCode(String first17) {
        return first17 + IdentityNumbers.creditCodeCheck(first17);
    }

    @Test
    public void rejectsCreditCodesWithWrongCheckOrForbiddenLetters() {
        assertFalse(IdentityNumbers.isValidCreditCode("91350100M000100Y44"));
        assertFalse(IdentityNumbers.isValidCreditCode("91350100M000100I43"));
        assertFalse(IdentityNumbers.isValidCreditCode("91350100M000100Y4"));
    }

    @Test
    public void masksIdNumbersAndPhonesForListsAndLogs() {
        assertEquals("1101**********002X", IdentityNumbers.maskIdCard("11010519491231002X"));
        assertEquals("138****5678", IdentityNumbers.maskPhone("13812345678"));
    }

    @Test
    public void applicantRejectsABadIdNamingTheField() {
        try {
            new Applicant(Applicant.Kind.PERSON, "110101199003074513", "张三", "13812345678");
        } catch (InvalidInputException e) {
            assertEquals("applicant.idNumber", e.field());
            assertTrue(e.text().zh(), e.text().zh().startsWith("身份证号码无效"));
            return;
        }
        throw new AssertionError("an invalid ID card number was accepted");
    }

    @Test
    public void applicantPrintsOnlyMaskedPersonalData() {
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三", "138 1234 5678");
        assertEquals("张三 1101**********4514 138****5678", applicant.toString());
    }
}
