package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.code;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.inject.Inject;

import com.google.gson.JsonObject;

import org.junit.Test;
import org.parkhall.api.Catalog;

/**
 * The bundle that the department archetype generated in this build (parkhall-dept-env, built and installed by the
 * archetype's own test) is dropped into deploy/ as is, and serves its item.
 */
public class GeneratedDepartmentIT extends HallTestSupport {

    @Inject
    private Catalog catalog;

    @Test
    public void aGeneratedDepartmentHotDeploysAsIsAndTakesApplications() throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path partial = deploy.resolve("parkhall-dept-env.jar.part");
        try (InputStream in = new URL("mvn:org.parkhall.example/parkhall-dept-env/1.0.0").openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, deploy.resolve("parkhall-dept-env.jar"), StandardCopyOption.ATOMIC_MOVE);
        waitFor("the generated item to be served", () -> catalog.entry("ENV-GI-01").map(e -> e.available())
                .orElse(false));

        String items = shell("hall:items -d env", "admin");
        assertTrue(items, items.contains("政府信息公开申请") && items.contains("1 item(s)"));
        JsonObject noticed = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"ENV-GI-01\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"孙七\",\"phone\":\"13612345678\"},"
                + "\"presented\":[\"application-form\"],\"delivery\":{\"mode\":\"ELECTRONIC\"}}"), 201);
        assertEquals("SUPPLEMENT_REQUIRED", code(noticed, "state"));
        assertEquals(2, noticed.getAsJsonArray("problems").size());
    }
}
