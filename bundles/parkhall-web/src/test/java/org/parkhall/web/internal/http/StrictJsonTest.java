package org.parkhall.web.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class StrictJsonTest {

    @Test
    public void readsAnRfc8259ObjectInUtf8() {
        assertEquals("请", StrictJson.object(bytes(" {\"queue\":\"A\",\"note\":\"\\u8bf7\"}\r\n")).get("note")
                .getAsString());
        assertEquals("{}", StrictJson.object(bytes("{}")).toString());
    }

    @Test
    public void refusesWhatOnlyALenientReaderWouldTake() {
        for (String body : new String[] {"{queue: \"F\"}", "{queue: F}", "{'queue':'F'}", "{\"queue\":\"F\"} x",
            "{\"queue\":\"F\"}{}", "{\"queue\":\"F\"} // note", "/* c */ {\"queue\":\"F\"}", "{\"n\":NaN}",
            "{\"n\":Infinity}", "{\"queue\":\"F\",}", "{\"a\":[1,]}", "{\"a\";1}", "{\"a\"=1}", "{\"a\":\"\t\"}",
            "{\"a\":\"\\x41\"}", "{\"a\":01}", "{\"queue\":\"F\"", "", " ", "queue=F"}) {
            assertRefused(body, bytes(body), "invalid");
        }
    }

    @Test
    public void refusesJsonThatIsNotAnObject() {
        for (String body : new String[] {"[]", "\"queue\"", "42", "null", "true"}) {
            assertRefused(body, bytes(body), "send a JSON object");
        }
    }

    @Test
    public void refusesInvalidUtf8AndDeepNesting() {
        assertRefused("a lone 0xFF", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'}, "UTF-8");
        assertRefused("an overlong slash", new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'},
                "UTF-8");
        assertRefused("a surrogate", new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'},
                "UTF-8");
        assertRefused("300 levels", bytes("{\"a\":" + "[".repeat(300) + "]".repeat(300) + "}"), "invalid");
    }

    private static void assertRefused(String what, byte[] body, String expected) {
        try {
            StrictJson.object(body);
            fail("accepted " + what);
        } catch (ApiException e) {
            assertEquals(what, 400, e.status());
            String said = e.code() + " " + e.text().zh() + " " + e.text().en();
            assertFalse(what + ": " + said, said.matches("(?s).*(Exception|Gson|Json[A-Z]|Strictness|java\\.).*"));
            assertTrue(what + ": " + said + " should mention " + expected, said.contains(expected));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
