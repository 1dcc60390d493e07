package org.parkhall.web.internal.http;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.Map;

import org.junit.Test;
import org.parkhall.api.Availability;
import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;

public class ApiJsonTest {

    @Test
    public void errorsHaveOneShapeWithBothLanguages() {
        assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"没有该事项：X\",\"messageEn\":\"no such item: X\"}}",
                ApiJson.error(ErrorCode.NOT_FOUND, Bilingual.of("没有该事项：X", "no such item: X"), ""));
    }

    @Test
    public void codedValuesCarryTheirLabelsAndTimesAreIso() {
        assertEquals("{\"availability\":{\"code\":\"UNAVAILABLE\",\"zh\":\"暂停受理\",\"en\":\"temporarily unavailable\"},"
                        + "\"since\":\"2026-11-24T08:00:00Z\"}",
                ApiJson.GSON.toJson(new java.util.TreeMap<>(Map.of("availability", Availability.UNAVAILABLE,
                        "since", Instant.parse("2026-11-24T08:00:00Z")))));
    }

    @Test
    public void htmlInDataIsNotEscapedByJsonButLeftForThePageToTreatAsText() {
        assertEquals("{\"zh\":\"<script>\",\"en\":\"x\"}", ApiJson.GSON.toJson(Bilingual.of("<script>", "x")));
    }
}
