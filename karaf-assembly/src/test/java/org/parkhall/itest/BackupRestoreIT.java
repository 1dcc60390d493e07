package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Test;
import org.parkhall.api.StoreMaintenance;
import org.parkhall.api.TableContent;

/**
 * A hall admin backs the Derby hall up while it serves, the day goes on, then the backup is restored as the README
 * says (the backup directory copied into place and the datasource pointed at it): every case, ticket and ledger entry
 * of the moment of the backup is back, and nothing made after it.
 */
public class BackupRestoreIT extends HallTestSupport {
    private static final Pattern REPORTED = Pattern.compile("backed up into (\\S+): ");

    @Inject
    private StoreMaintenance store;

    @Test
    public void aBackupRestoresExactlyTheHallOfItsMoment() throws Exception {
        String kept = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201).get("label").getAsString();
        String keptCase = intake();
        Path under = Path.of(System.getProperty("karaf.base"), "backups");
        assertTrue("refused inside the store's folder", shell("hall:store-backup " + Path.of(System.getProperty(
                "karaf.data"), "parkhall", "backups"), "admin").contains("inside the store's own folder"));
        List<TableContent> atBackup = store.contents();
        String printed = shell("hall:store-backup " + under, "admin");
        Matcher reported = REPORTED.matcher(printed);
        assertTrue(printed, reported.find() && printed.contains(" MB in "));
        Path backup = Path.of(reported.group(1));
        Map<String, String> answersAtBackup = answers(keptCase);

        String later = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201).get("label").getAsString();
        String laterCase = intake();
        assertNotEquals(atBackup, store.contents());
        String checked = shell("hall:store-backup-check " + backup, "admin");
        for (TableContent table : atBackup) {
            assertTrue(table + " in " + checked, checked.contains(table.checksum()));
        }

        // the README's restore: the backup copied into place (here beside the running store), the datasource on it
        Path restored = Path.of(System.getProperty("karaf.data"), "parkhall", "restored");
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, restored.resolve(backup.relativize(file).toString()));
            }
        }
        Path datasource = Path.of(System.getProperty("karaf.etc"), "org.ops4j.datasource-parkhall.cfg");
        Files.writeString(datasource, Files.readAllLines(datasource, StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("url") ? "url = jdbc:derby:" + restored : line)
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        waitFor("the hall on the restored store", () -> {
            try {
                return json(http("GET", "/api/v1/cases/" + laterCase), 404) != null;
            } catch (Exception | AssertionError notYet) {
                return false;
            }
        });
        super.hallIsReady();
        assertEquals("the cases and ledger of the backup's moment", answersAtBackup, answers(keptCase));
        String tickets = json(http("GET", "/api/v1/tickets?queue=A"), 200).toString();
        assertTrue(tickets, tickets.contains("\"" + kept + "\"") && !tickets.contains("\"" + later + "\""));
        Map<String, TableContent> now = new HashMap<>();
        bundleContext.getService(bundleContext.getServiceReference(StoreMaintenance.class)).contents()
                .forEach(table -> now.put(table.table(), table));
        for (TableContent table : atBackup) {
            if (!SELF_WRITTEN_TABLES.contains(table.table())) {
                assertEquals("every row of " + table.table(), table, now.get(table.table()));
            }
        }
    }

    private static String intake() throws Exception {
        return json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},"
                + "\"presented\":[\"application-form\",\"operator-id\",\"premises\"],\"facts\":{\"businessScope\":"
                + "\"零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201).get("number").getAsString();
    }

    private static Map<String, String> answers(String number) throws Exception {
        Map<String, String> answers = new HashMap<>();
        for (String path : List.of("/api/v1/cases/" + number, "/api/v1/cases/" + number + "/ledger",
                "/api/v1/cases?limit=50")) {
            answers.put(path, json(http("GET", path), 200).toString());
        }
        return answers;
    }
}
