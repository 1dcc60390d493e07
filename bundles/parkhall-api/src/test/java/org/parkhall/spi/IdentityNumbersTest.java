package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
    public void acceptsCreditCodesWithCorrectCheckCharacter() {
        assertTrue(IdentityNumbers.isValidCreditCode("91350100M000100Y43"));
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
