package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/**
 * The API description as a client reads it: saved for {@link ApiContractCheck} (which compares it with what every
 * IT's requests were answered), and its promise that a staff route refuses a visitor with 401 kept by every staff
 * route, and that the reading routes without parameters answer the hall admin 200.
 */
public class ApiContractIT extends HallTestSupport {
    /** Query parameters a reading route requires. */
    private static final Map<String, String> REQUIRED_QUERY = Map.of(
            "/api/v1/appointments/slots", "?queue=A",
            "/api/v1/ledger/export", "?from=2026-01-05&to=2026-01-05&format=csv",
            "/api/v1/records/per-staff", "?kind=ASSISTED&from=2026-01-05&to=2026-01-30",
            "/api/v1/reports", "?period=2026-11",
            "/api/v1/reports/export", "?period=2026-11");

    @Configuration
    @Override
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(), systemProperty("parkhall.contract.document")
                .value(System.getProperty("parkhall.contract.document")));
    }

    @Test
    public void everyStaffRouteRefusesAVisitorAndEveryPlainReadingAnswersAsDescribed() throws Exception {
        Response described = anonymous("GET", "/api/v1/openapi.json", "");
        JsonObject paths = json(described, 200).getAsJsonObject("paths");
        Path document = Path.of(System.getProperty("parkhall.contract.document"));
        Files.createDirectories(document.getParent());
        Files.writeString(document, described.body(), StandardCharsets.UTF_8);

        List<String> broken = new ArrayList<>();
        for (String template : paths.keySet()) {
            for (Map.Entry<String, JsonElement> operation : paths.getAsJsonObject(template).entrySet()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                JsonObject responses = operation.getValue().getAsJsonObject().getAsJsonObject("responses");
                String path = template.replaceAll("\\{[^}]+}", "1");
                if (responses.has("401")) {
                    int status = anonymous(method, path, "{}").status();
                    if (status != 401) {
                        broken.add(method + " " + template + " answered a visitor " + status);
                    }
                }
                boolean applicants = operation.getValue().getAsJsonObject().toString().contains("\"publicSession\"");
                String success = responses.keySet().stream().filter(code -> code.matches("[23]\\d\\d")).sorted()
                        .findFirst().orElse("200");
                if (method.equals("GET") && !template.contains("{") && !template.equals("/api/v1/display/events")
                        && !applicants) { // the public's own routes: a staff session is no applicant's
                    int status = http(method, path + REQUIRED_QUERY.getOrDefault(template, "")).status();
                    if (status != Integer.parseInt(success)) {
                        broken.add(method + " " + template + " answered the hall admin " + status);
                    }
                }
            }
        }
        assertEquals("routes that break the description", List.of(), broken);
    }
}
