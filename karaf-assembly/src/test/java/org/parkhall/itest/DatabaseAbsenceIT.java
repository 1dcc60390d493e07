package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.parkhall.itest.CaseLifecycleIT.assertError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/**
 * County IT switches a node to PostgreSQL and the server is not there: the hall says so plainly — a warning naming
 * the datasource and its driver, 503 {@code unavailable} in both languages for every call, never a 404 or a 500 —
 * and once the datasource file is put right it comes up by itself, without a restart.
 */
public class DatabaseAbsenceIT extends HallTestSupport {
    private static final String DATASOURCE = "etc/org.ops4j.datasource-parkhall.cfg";

    @Configuration
    @Override
    public Option[] configuration() {
        String unreachable = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/parkhall";
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut(DATASOURCE, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DATASOURCE, "url", unreachable),
                editConfigurationFilePut(DATASOURCE, "user", "parkhall"),
                systemProperty("parkhall.unreachable").value(unreachable));
    }

    /** The hall is not expected to be ready: that is the story. */
    @Before
    @Override
    public void hallIsReady() {
    }

    @Test
    public void anUnreachableDatabaseIsSaidPlainlyAndTheHallComesUpWhenItIsPutRight() throws Exception {
        waitFor("health to say the database is unavailable", () -> status("/api/v1/health") == 503);
        for (String path : List.of("/api/v1/health", "/api/v1/items", "/api/v1/queues")) {
            JsonObject error = assertError(anonymous("GET", path, ""), 503, "unavailable");
            assertTrue(path, error.get("message").getAsString().contains("数据库暂时不可用"));
            assertEquals(path, "the database is not answering; try again shortly", error.get("messageEn").getAsString());
        }
        assertError(anonymous("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 503, "unavailable");

        String unreachable = System.getProperty("parkhall.unreachable");
        waitFor("a warning naming the datasource and its driver", () -> log().lines().anyMatch(line ->
                line.contains("WARN") && line.contains("(dataSourceName=parkhall)")
                        && line.contains("PostgreSQL JDBC Driver") && line.contains(unreachable)
                        && line.contains("does not answer")));

        // the operator puts the datasource file right (here: back to the shipped Derby); no restart
        Path file = Path.of(System.getProperty("karaf.etc"), "org.ops4j.datasource-parkhall.cfg");
        String fixed = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("user"))
                .map(line -> line.startsWith("osgi.jdbc.driver.name") ? "osgi.jdbc.driver.name = derby"
                        : line.startsWith("url") ? "url = jdbc:derby:${karaf.data}/parkhall/derby;create=true" : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, fixed, StandardCharsets.UTF_8);
        super.hallIsReady();
        json(anonymous("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201);
    }

    private static int status(String path) {
        try {
            return anonymous("GET", path, "").status();
        } catch (IOException e) {
            return -1;
        }
    }

    private String log() {
        try {
            return shell("log:display", "admin");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on: taken from the system, then let go. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
