package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;

/**
 * The API contract, checked after every IT has run (failsafe execution {@code api-contract}): each answer the
 * description promises ({@code METHOD /path/{parameter} status}) was given at least once in the ITs, as their
 * containers' request logs show, and every route the ITs reached is described. Plain JUnit on the build's side:
 * it reads the description {@link ApiContractIT} saved and the request logs under {@code target/exam} written
 * since this build started. Skipped when {@code -Dit.test} runs only some ITs.
 */
public class ApiContractCheck {

    @Test
    public void everyPromisedAnswerWasSeenAndEveryRouteSeenIsDescribed() throws IOException {
        String selection = System.getProperty("parkhall.itSelection", "");
        assumeTrue("only some ITs ran (-Dit.test=" + selection + ")",
                selection.isEmpty() || selection.startsWith("${"));
        Instant started = Instant.parse(System.getProperty("parkhall.build.started"));
        Path document = Path.of(System.getProperty("parkhall.contract.document"));
        assumeTrue("ApiContractIT did not run in this build", Files.exists(document)
                && !Files.getLastModifiedTime(document).toInstant().isBefore(started));

        Set<String> promised = promised(JsonParser.parseString(Files.readString(document)).getAsJsonObject());
        Set<String> seen = seen(Path.of(System.getProperty("parkhall.exam")), started);
        Set<String> neverSeen = new TreeSet<>(promised);
        neverSeen.removeAll(seen);
        assertEquals("promised by /api/v1/openapi.json, never answered in the ITs", Set.of(), neverSeen);

        Set<String> describedRoutes = new TreeSet<>();
        promised.forEach(answer -> describedRoutes.add(answer.substring(0, answer.lastIndexOf(' '))));
        Set<String> undescribed = new TreeSet<>();
        seen.forEach(answer -> undescribed.add(answer.substring(0, answer.lastIndexOf(' '))));
        undescribed.removeAll(describedRoutes);
        assertEquals("routes the ITs reached that the description lacks", Set.of(), undescribed);
    }

    /** {@code METHOD /path status} for each promised status (the {@code default} refusal is no promise). */
    static Set<String> promised(JsonObject description) {
        Set<String> promised = new TreeSet<>();
        JsonObject paths = description.getAsJsonObject("paths");
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonElement> operation : paths.getAsJsonObject(path).entrySet()) {
                for (String status : operation.getValue().getAsJsonObject().getAsJsonObject("responses").keySet()) {
                    if (!status.equals("default")) {
                        promised.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path + " " + status);
                    }
                }
            }
        }
        return promised;
    }

    /**
     * {@code METHOD /path status} of every request log line naming its route: {@code time METHOD path status ms
     * user client ROUTE-METHOD ROUTE-PATH}.
     */
    static Set<String> seen(Path exam, Instant since) throws IOException {
        Set<String> seen = new TreeSet<>();
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(exam, 4)) {
            files.filter(file -> file.getFileName().toString().startsWith("parkhall-requests")
                    && file.getParent().endsWith(Path.of("data", "log"))).forEach(logs::add);
        }
        for (Path log : logs) {
            if (Files.getLastModifiedTime(log).toInstant().isBefore(since)) {
                continue; // a container of an earlier build (kept for reading)
            }
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ");
                if (fields.length == 9) {
                    seen.add(fields[7] + " " + fields[8] + " " + fields[3]);
                }
            }
        }
        return seen;
    }
}
