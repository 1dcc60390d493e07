package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import com.google.gson.JsonObject;

import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.ServiceReference;
import org.parkhall.api.Hall;
import org.parkhall.api.StoreMaintenance;
import org.parkhall.api.TableContent;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * County IT moves a hall that has run on Derby to PostgreSQL: {@code hall:store-copy} into an empty database, the
 * datasource file switched, and the hall serves every case (一件事 included), ticket, booking, rating, counter
 * sign-in and ledger entry it had, signed-in staff stay signed in, and new tickets and cases take new numbers.
 * Runs in the PostgreSQL execution; the hall itself starts on the shipped Derby.
 */
public class StoreCopyIT extends HallTestSupport {
    /** What a Derby hall that has served a morning holds, the tables the story checks one by one. */
    private static final Set<String> FILLED = Set.of("case_file", "ticket", "counter_session", "day_counter",
            "appointment", "appointment_slot", "rating", "ledger_event", "catalog_item", "staff_session",
            "rating_pad_code");

    @Inject
    private StoreMaintenance store;

    @Configuration
    @Override
    public Option[] configuration() {
        return OptionUtils.combine(OptionUtils.combine(super.configuration(), AppointmentIT.aroundTheClock()),
                systemProperty("parkhall.copy.target").value(TestPostgres.freshDatabase("StoreCopyIT")),
                systemProperty("parkhall.copy.user").value(TestPostgres.user()));
    }

    /** The hall starts on Derby: the copy's source. */
    @Override
    protected Option[] store() {
        return new Option[0];
    }

    @Test
    public void aDerbyHallCopiedToPostgresqlServesEverythingItHadAfterTheSwitch() throws Exception {
        String joint = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"ONE-OPEN-BIZ\",\"applicant\":"
                + "{\"kind\":\"ENTERPRISE\",\"idNumber\":\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\","
                + "\"phone\":\"0477-7612345\"},\"presented\":[\"AMR-REG-01/application-form\",\"AMR-REG-01/articles\","
                + "\"AMR-REG-01/shareholder-ids\",\"AMR-REG-01/premises\",\"TAX-REG-01/application-form\","
                + "\"HRSS-SI-01/application-form\",\"HRSS-SI-01/business-licence\"],\"facts\":{\"companyName\":"
                + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\","
                + "\"accountingSystem\":\"小企业会计准则\",\"bankAccount\":\"6222020000000000000\",\"establishedOn\":"
                + "\"2026-11-02\",\"employees\":\"12\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201)
                .get("number").getAsString();
        JsonObject instant = json(http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},"
                + "\"presented\":[\"application-form\",\"operator-id\",\"premises\"],\"facts\":{\"businessScope\":"
                + "\"零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"), 201);
        String rated = instant.get("number").getAsString();
        json(anonymous("POST", "/api/v1/ratings", "{\"case\":\"" + rated + "\",\"overall\":\"SATISFIED\","
                + "\"efficiency\":\"SATISFIED\",\"competence\":\"SATISFIED\",\"attitude\":\"SATISFIED\",\"queryCode\":\""
                + instant.get("queryCode").getAsString() + "\"}"), 201);
        json(http("POST", "/api/v1/counters/1/sign-in", "{\"staff\":\"李娜\"}"), 201);
        String first = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201).get("label").getAsString();
        json(http("POST", "/api/v1/counters/1/call-next", "{}"), 201);
        json(http("POST", "/api/v1/counters/1/start", "{}"), 201);
        json(http("POST", "/api/v1/counters/1/finish", "{\"caseNumbers\":[\"" + rated + "\"]}"), 201);
        json(http("POST", "/api/v1/appointments", AppointmentIT.booking("A", AppointmentIT.openSlot("A"), "李四",
                "13900001111")), 201);
        json(http("POST", "/api/v1/rating-pads/4/pairing-code", "{}"), 201);
        Map<String, String> served = answers(joint, rated);
        Map<String, TableContent> before = byTable(store.contents());
        for (String table : FILLED) {
            assertTrue(table + " holds rows to copy", before.get(table).rows() > 0);
        }

        String target = System.getProperty("parkhall.copy.target");
        String copy = "hall:store-copy --password-env PARKHALL_DB_PASSWORD " + target + " "
                + System.getProperty("parkhall.copy.user");
        String printed = shell(copy, "admin");
        assertTrue(printed, printed.contains("copied to " + target + ": " + before.size() + " tables"));
        for (TableContent table : before.values()) {
            assertTrue(table + " in " + printed, printed.contains(table.checksum()));
        }
        assertTrue("a second copy finds the target not empty", shell(copy, "admin").contains("目标库不是空的"));

        switchTo(target);
        waitFor("the hall on PostgreSQL", () -> {
            ServiceReference<Hall> hall = bundleContext.getServiceReference(Hall.class);
            try {
                return hall != null && bundleContext.getService(hall).status().database().startsWith("PostgreSQL");
            } catch (RuntimeException restarting) {
                return false;
            }
        });
        super.hallIsReady();
        assertEquals("the staff session opened on Derby", 200,
                send("GET", "/api/v1/cases?limit=1", "", login(ADMIN)).status());
        assertEquals("cases (一件事 and its children), their ledgers, ratings", toMicroseconds(served),
                answers(joint, rated));
        Map<String, TableContent> after = byTable(current().contents());
        for (TableContent table : before.values()) {
            if (SELF_WRITTEN_TABLES.contains(table.table())) {
                assertTrue(table + " kept every row", after.get(table.table()).rows() >= table.rows());
            } else {
                assertEquals("every row of " + table.table(), table, after.get(table.table()));
            }
        }
        String next = json(http("POST", "/api/v1/tickets", "{\"queue\":\"A\"}"), 201).get("label").getAsString();
        assertTrue(first + " then " + next, next.compareTo(first) > 0);
        json(http("POST", "/api/v1/counters/1/call-next", "{}"), 201);
    }

    /** What the hall answers about the copied cases, by path. */
    private static Map<String, String> answers(String joint, String rated) throws Exception {
        Map<String, String> answers = new HashMap<>();
        for (String path : List.of("/api/v1/cases/" + joint, "/api/v1/cases/" + joint + "/ledger",
                "/api/v1/cases/" + rated, "/api/v1/cases/" + rated + "/ledger", "/api/v1/cases?limit=50",
                "/api/v1/rectifications")) {
            answers.put(path, json(http("GET", path), 200).toString());
        }
        return answers;
    }

    /** The answers with times to the microsecond: PostgreSQL keeps no nanoseconds (Derby and the JVM clock do). */
    private static Map<String, String> toMicroseconds(Map<String, String> answers) {
        Map<String, String> cut = new HashMap<>();
        answers.forEach((path, body) -> cut.put(path, body.replaceAll("(\\.\\d{6})\\d{1,3}Z", "$1Z")));
        return cut;
    }

    /** The datasource file as the README says: its PostgreSQL lines in place of Derby's, the URL the target's. */
    private static void switchTo(String url) throws Exception {
        Path file = Path.of(System.getProperty("karaf.etc"), "org.ops4j.datasource-parkhall.cfg");
        String switched = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("osgi.jdbc.driver.name") ? "osgi.jdbc.driver.name = PostgreSQL JDBC Driver"
                        : line.startsWith("url") ? "url = " + url + "\nuser = $[env:PARKHALL_DB_USER]\n"
                        + "password = $[env:PARKHALL_DB_PASSWORD]" : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, switched, StandardCharsets.UTF_8);
    }

    private StoreMaintenance current() {
        return bundleContext.getService(bundleContext.getServiceReference(StoreMaintenance.class));
    }

    private static Map<String, TableContent> byTable(List<TableContent> contents) {
        return contents.stream().collect(Collectors.toMap(TableContent::table, content -> content));
    }
}
