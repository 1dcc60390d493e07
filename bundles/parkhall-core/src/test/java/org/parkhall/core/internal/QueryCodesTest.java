package org.parkhall.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.Test;
import org.parkhall.spi.InvalidInputException;

public class QueryCodesTest {

    @Test
    public void aCodeIsEightRandomDigitsAndOnlyItsDigestMatches() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = QueryCodes.newCode();
            assertTrue(code, code.matches("\\d{8}"));
            codes.add(code);
        }
        assertTrue("codes repeat: " + codes.size(), codes.size() > 990);
        String code = QueryCodes.newCode();
        String digest = QueryCodes.digest(code);
        assertFalse(digest.contains(code));
        assertTrue(QueryCodes.matches(digest, code));
        assertTrue(QueryCodes.matches(digest, code.substring(0, 4) + " " + code.substring(4)));
        assertFalse(QueryCodes.matches(digest, code.equals("00000000") ? "00000001" : "00000000"));
        assertFalse("no code issued", QueryCodes.matches(null, code));
    }

    @Test
    public void somethingThatIsNotACodeIsRefusedRatherThanCountedAsAGuess() {
        for (String typed : new String[] {null, "", "1234", "123456789", "abcdefgh", "1234567８"}) {
            assertEquals(QueryCodes.FIELD, assertThrows(InvalidInputException.class,
                    () -> QueryCodes.checked(typed)).field());
        }
    }
}
