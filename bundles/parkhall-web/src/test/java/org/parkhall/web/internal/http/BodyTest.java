package org.parkhall.web.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonParser;

import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.parkhall.api.CaseAction;
import org.parkhall.spi.InvalidInputException;

public class BodyTest {

    @Test
    public void textIsAJsonStringAndAbsentOrNullReadsAsEmpty() {
        Body body = body("{\"name\":\"张三\",\"none\":null}");
        assertEquals("张三", body.text("name"));
        assertEquals("", body.text("none"));
        assertEquals("", body.text("missing"));
        for (String value : List.of("12345", "true", "3.5", "[\"x\"]", "{}")) {
            assertEquals(value, "name", refused(() -> body("{\"name\":" + value + "}").text("name")));
        }
        assertEquals("applicant.name", refused(() -> body("{\"applicant\":{\"name\":7}}").object("applicant")
                .text("name")));
    }

    @Test
    public void everyElementOfAListAndEveryValueOfAMapMustBeText() {
        assertEquals(Set.of("a", "b"), body("{\"presented\":[\"a\",\"b\",\"a\"]}").texts("presented"));
        assertEquals(Map.of("k", "v"), body("{\"facts\":{\"k\":\"v\"}}").textMap("facts"));
        for (String element : List.of("null", "1", "[]", "{}", "false")) {
            assertEquals(element, "presented", refused(() -> body("{\"presented\":[\"a\"," + element + "]}")
                    .texts("presented")));
            assertEquals(element, "facts", refused(() -> body("{\"facts\":{\"a\":\"x\",\"b\":" + element + "}}")
                    .textMap("facts")));
        }
        assertEquals("presented", refused(() -> body("{\"presented\":\"a\"}").texts("presented")));
        assertEquals("facts", refused(() -> body("{\"facts\":[\"a\"]}").textMap("facts")));
    }

    @Test
    public void choicesDaysAndTimesNameTheirFieldWhenWrong() {
        assertEquals(CaseAction.APPROVE, body("{\"action\":\" approve \"}").choice("action", CaseAction.class));
        assertEquals("action", refused(() -> body("{\"action\":\"APPROVE\\u0000\"}").choice("action",
                CaseAction.class)));
        assertEquals("action", refused(() -> body("{\"action\":1}").choice("action", CaseAction.class)));
        assertEquals("day", refused(() -> body("{\"day\":\"2026-02-30\"}").day("day")));
        assertEquals("start", refused(() -> body("{\"start\":\"24:00\"}").time("start")));
        assertEquals("from", refused(() -> Body.day("from", null)));
    }

    private static Body body(String json) {
        return new Body(JsonParser.parseString(json).getAsJsonObject());
    }

    private static String refused(ThrowingRunnable read) {
        return assertThrows(InvalidInputException.class, read).field();
    }
}
