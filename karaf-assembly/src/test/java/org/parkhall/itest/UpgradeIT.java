package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.parkhall.itest.CaseLifecycleIT.code;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.Test;
import org.parkhall.api.Catalog;

/**
 * A department ships version 2 of its bundle while its cases are open: new work moves to v2 as soon as it is
 * deployed, open cases carry on under it, and removing v1 afterwards loses nothing and interrupts nothing.
 */
public class UpgradeIT extends HallTestSupport {
    private static final String V2 = "1.0.1";
    private static final String APPLICANT = "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\","
            + "\"name\":\"赵六\",\"phone\":\"13712345678\"}";


    @Inject
    private Catalog catalog;

    @Test
    public void version2TakesNewWorkWhileCasesAreOpenAndVersion1LeavesWithoutLoss() throws Exception {
        String waiting = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + APPLICANT + ",\"presented\":[\"application-form\",\"operator-id\"],\"facts\":{\"businessScope\":"
                + "\"日用百货零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201).get("number").getAsString();
        assertTrue(handlersOf(waiting, "INTAKE_SUPPLEMENT_REQUIRED").contains("1.0.0.SNAPSHOT"));

        deployAsVersion(V2);
        waitFor("v2 to serve AMR-REG-02", () -> V2.equals(catalog.entry("AMR-REG-02").orElseThrow()
                .handlerVersion()));

        JsonObject resumed = json(http("POST", "/api/v1/cases/" + waiting + "/supplement",
                "{\"presented\":[\"premises\"]}"), 201);
        assertEquals("APPROVED", code(resumed, "state"));
        assertTrue(handlersOf(waiting, "SUPPLEMENT_APPROVED").contains("parkhall-dept-amr " + V2));

        features().uninstallFeature("parkhall-dept-amr");
        waitFor("v1 to be gone", () -> Arrays
                .stream(bundleContext.getBundles()).filter(b -> b.getSymbolicName().equals("parkhall-dept-amr"))
                .count() == 1);
        assertTrue("still served, by v2", catalog.entry("AMR-REG-02").orElseThrow().available());
        assertEquals(V2, catalog.entry("AMR-REG-02").orElseThrow().handlerVersion());

        String later = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + APPLICANT + ",\"presented\":[\"application-form\",\"operator-id\",\"premises\"],\"facts\":"
                + "{\"businessScope\":\"餐饮服务\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201)
                .get("number").getAsString();
        assertTrue(handlersOf(later, "INTAKE_APPROVED").contains(V2));
        for (String number : List.of(waiting, later)) {
            assertEquals("APPROVED", code(json(http("GET", "/api/v1/cases/" + number), 200), "state"));
        }
    }

    /** The handler versions the ledger recorded for {@code action} on a case. */
    static String handlersOf(String caseNumber, String action) throws Exception {
        for (JsonElement event : json(http("GET", "/api/v1/cases/" + caseNumber + "/ledger"), 200).getAsJsonArray("events")) {
            JsonObject entry = event.getAsJsonObject();
            if (entry.get("action").getAsString().equals(action)) {
                return entry.get("data").getAsString();
            }
        }
        throw new AssertionError("no " + action + " recorded for " + caseNumber);
    }

    /** The department's jar with another Bundle-Version, dropped into deploy/ as a department would ship v2. */
    private static void deployAsVersion(String version) throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path partial = deploy.resolve("parkhall-dept-amr-" + version + ".jar.part");
        URL v1 = new URL("mvn:org.parkhall/parkhall-dept-amr/" + System.getProperty("parkhall.version"));
        try (JarInputStream in = new JarInputStream(v1.openStream())) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (OutputStream file = Files.newOutputStream(partial);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Files.move(partial, deploy.resolve("parkhall-dept-amr-" + version + ".jar"), StandardCopyOption.ATOMIC_MOVE);
    }
}
