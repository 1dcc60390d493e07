package org.parkhall.itest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.parkhall.itest.CaseLifecycleIT.code;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

/**
 * An operator with a stock Apache Karaf 4.4.10 (the distribution from Maven Central, not the hall's assembly) adds
 * the hall's feature repository and installs {@code parkhall}: the features bring the datasource, queues, counters,
 * 一件事 and the password digests with them, so the hall serves a ticket and an item and answers in its shell, and
 * a file the operator had already edited stays as edited. (No hall type in this class's signatures: the probe
 * loads it before the hall is installed.)
 */
public class StockKarafIT extends HallTestSupport {
    private static final String EDITED = "etc/org.parkhall.handlers.cfg";

    @Override
    protected String distribution() {
        return maven().groupId("org.apache.karaf").artifactId("apache-karaf").type("tar.gz").version("4.4.10")
                .getURL();
    }

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(),
                KarafDistributionOption.editConfigurationFilePut(EDITED, "timeLimitSeconds", "7"),
                // as a stock Karaf resolves offline: its own system/ first (its feature repositories name more than
                // the build's Maven repository holds), then the build's repository for the hall
                KarafDistributionOption.editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.defaultRepositories", "${karaf.home.uri}${karaf.default.repository}"
                                + "@id=system.repository@snapshots, file:" + System.getProperty("parkhall.localRepository")
                                + "@id=local@snapshots"),
                // the test support's own signatures name Gson types; the hall's features install the same bundle
                mavenBundle("com.google.code.gson", "gson", System.getProperty("parkhall.gson.version")));
    }

    /** What the operator types in the stock Karaf's shell, then the hall as a person finds it. */
    @Override
    @Before
    public void hallIsReady() throws InterruptedException {
        try {
            String version = System.getProperty("parkhall.version");
            shell("feature:repo-add mvn:org.parkhall/parkhall-features/" + version + "/xml/features", "admin");
            shell("feature:install parkhall", "admin");
        } catch (Exception e) {
            throw new AssertionError("installing the hall's features failed", e);
        }
        super.hallIsReady();
    }

    @Test
    public void theHallsFeaturesMakeAWorkingHallInAStockKaraf() throws Exception {
        JsonObject queues = json(http("GET", "/api/v1/queues"), 200);
        assertTrue(queues.toString(), queues.toString().contains("综合受理") && queues.toString().contains("税务办理"));
        JsonObject ticket = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201);
        json(http("POST", "/api/v1/counters/1/sign-in", "{\"staff\":\"李娜\"}"), 201);
        JsonObject called = json(http("POST", "/api/v1/counters/1/call-next", "{}"), 201);
        assertEquals(ticket.get("label").getAsString(), called.get("label").getAsString());
        json(http("POST", "/api/v1/counters/1/start", "{}"), 201);
        assertEquals("DONE", code(json(http("POST", "/api/v1/counters/1/finish", "{}"), 201), "state"));

        JsonObject item = json(http("GET", "/api/v1/items/AMR-REG-01"), 200);
        assertEquals("AVAILABLE", item.getAsJsonObject("availability").get("code").getAsString());
        JsonArray joint = json(http("GET", "/api/v1/items"), 200).getAsJsonArray("bundles");
        assertEquals("the 一件事 definition came with the features: " + joint, 1, joint.size());
        assertEquals("ONE-OPEN-BIZ", joint.get(0).getAsJsonObject().get("code").getAsString());

        String status = shell("hall:status", "admin");
        assertTrue(status, status.contains("Apache Derby") && status.contains("15 of 15"));
        assertHiddenFromAViewer("hall:status");

        // Karaf digests a password at the first sign-in after the features' JAAS settings are read.
        Path etc = Path.of(System.getProperty("karaf.etc"));
        waitFor("the admin's password to be stored as a digest", () -> {
            try {
                send("POST", "/api/v1/session", "{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD
                        + "\"}", null);
                return properties(etc.resolve("users.properties")).getProperty(ADMIN).startsWith("{CRYPT}");
            } catch (Exception e) {
                return false;
            }
        });
        for (String pid : List.of("org.parkhall.queue-comprehensive", "org.parkhall.floor", "org.parkhall.calendar",
                "org.parkhall.ratings", "org.parkhall.database")) { // web.login: the tests write it first
            assertArrayEquals("etc/ holds the file the features carry: " + pid, shipped(pid),
                    Files.readAllBytes(etc.resolve(pid + ".cfg")));
        }
        Properties edited = properties(Path.of(System.getProperty("karaf.base")).resolve(EDITED));
        assertEquals("7", edited.getProperty("timeLimitSeconds"));
        assertFalse("an edited file is not overwritten", edited.containsKey("threadsPerDepartment"));
    }

    /** The command ACL came with the features: Karaf hides the command from a user whose roles it does not name. */
    private void assertHiddenFromAViewer(String command) {
        try {
            String output = shell(command, "viewer");
            throw new AssertionError(command + " ran for a viewer: " + output);
        } catch (Exception expected) {
            assertEquals("Command not found: " + command, expected.getMessage());
        }
    }

    private static byte[] shipped(String pid) throws Exception {
        try (InputStream in = new URL("mvn:org.parkhall/parkhall-features/" + System.getProperty("parkhall.version")
                + "/cfg/" + pid).openStream()) {
            return in.readAllBytes();
        }
    }

    private static Properties properties(Path file) throws Exception {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties;
    }
}
