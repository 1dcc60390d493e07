package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.sql.DataSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.parkhall.api.Catalog;
import org.parkhall.itest.dept.TestDepartment;

/**
 * A department whose handler hangs and one whose handler throws are deployed beside the house departments: the
 * clerk applying for the hanging item is answered handler_timeout once the 5 s limit has passed, the failing one
 * handler_failed, nothing of either is written, and applications for another department's item are answered at
 * once all the while, even when the hanging department has every one of its threads stuck.
 */
public class HandlerGuardIT extends HallTestSupport {
    private static final long LIMIT_MILLIS = 5_000;
    private static final int THREADS_PER_DEPARTMENT = 4;
    private static final String HANGING = "SLOWT-IT-01";
    private static final String FAILING = "FAULTT-IT-01";
    private static final String APPLICANT = "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\","
            + "\"name\":\"钱八\",\"phone\":\"13512345678\"}";

    @Inject
    private Catalog catalog;

    @Inject
    @Filter("(dataSourceName=parkhall)")
    private DataSource dataSource;

    private record Timed(Response response, long millis) {
    }

    @Test
    public void aHangingOrFailingDepartmentIsAnsweredClearlyWritesNothingAndHoldsNoOtherDepartment()
            throws Exception {
        DepartmentJars.start(bundleContext, "slowt", "1.0.0", HANGING, "", TestDepartment.Behaviour.HANG);
        DepartmentJars.start(bundleContext, "faultt", "1.0.0", FAILING, "", TestDepartment.Behaviour.FAIL);
        waitFor("the test departments to be served", () -> catalog.entry(HANGING).map(e -> e.available())
                .orElse(false) && catalog.entry(FAILING).map(e -> e.available()).orElse(false));
        List<String> amrCases = new ArrayList<>();
        amrCases.add(promptAmrIntake());
        long ledgerBefore = count("SELECT MAX(seq) FROM ledger_event");

        ExecutorService clerks = Executors.newCachedThreadPool();
        try {
            Future<Timed> hung = clerks.submit(() -> timed(() -> apply(HANGING)));
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                amrCases.add(promptAmrIntake());
            }
            Timed timeout = hung.get(LIMIT_MILLIS + 10_000, TimeUnit.MILLISECONDS);
            assertEquals(timeout.response().body(), 504, timeout.response().status());
            assertTrue("answered at the limit, took " + timeout.millis() + " ms",
                    timeout.millis() >= LIMIT_MILLIS - 100 && timeout.millis() < LIMIT_MILLIS + 3_000);
            JsonObject error = error(timeout.response());
            assertEquals("handler_timeout", error.get("code").getAsString());
            assertTrue(error.toString(), error.get("message").getAsString().contains("测试部门slowt")
                    && error.get("message").getAsString().contains(HANGING)
                    && error.get("messageEn").getAsString().contains("did not answer within 5 s"));

            // The first call's thread is still stuck (the hang ignores interruption); fill the others too.
            List<Future<Timed>> stuck = new ArrayList<>();
            for (int i = 1; i < THREADS_PER_DEPARTMENT; i++) {
                stuck.add(clerks.submit(() -> timed(() -> apply(HANGING))));
            }
            Thread.sleep(500);
            Timed refused = timed(() -> apply(HANGING));
            assertEquals(504, refused.response().status());
            assertTrue("a department with every thread stuck is refused at once, took " + refused.millis() + " ms",
                    refused.millis() < 2_000);
            amrCases.add(promptAmrIntake());
            for (Future<Timed> call : stuck) {
                assertEquals(504, call.get(LIMIT_MILLIS + 10_000, TimeUnit.MILLISECONDS).response().status());
            }
        } finally {
            clerks.shutdownNow();
        }

        Response failed = apply(FAILING);
        assertEquals(failed.body(), 502, failed.status());
        assertEquals("handler_failed", error(failed).get("code").getAsString());
        assertTrue(error(failed).get("message").getAsString().contains("测试部门faultt"));
        amrCases.add(promptAmrIntake());

        assertEquals("no case of the hanging or failing item", 0, count("SELECT COUNT(*) FROM case_file"
                + " WHERE item_code IN ('" + HANGING + "', '" + FAILING + "')"));
        for (int i = 1; i < amrCases.size(); i++) {
            assertEquals("no case number used up in between: " + amrCases, sequence(amrCases.get(i - 1)) + 1,
                    sequence(amrCases.get(i)));
        }
        assertEquals("the ledger has only the other department's cases since", 0, count("SELECT COUNT(*) FROM"
                + " ledger_event WHERE seq > " + ledgerBefore + " AND subject NOT IN ('"
                + String.join("', '", amrCases.subList(1, amrCases.size())) + "')"));
    }

    private static Response apply(String itemCode) throws Exception {
        return http("POST", "/api/v1/applications", "{\"itemCode\":\"" + itemCode + "\",\"applicant\":" + APPLICANT
                + ",\"presented\":[],\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}");
    }

    /** An application for an item of another department, which must be answered as if nothing else went on. */
    private static String promptAmrIntake() throws Exception {
        Timed answer = timed(() -> http("POST", "/api/v1/applications", "{\"itemCode\":\"AMR-REG-02\","
                + "\"applicant\":" + APPLICANT + ",\"presented\":[\"application-form\"],\"facts\":{\"businessScope\":"
                + "\"日用百货零售\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}"));
        assertTrue("another department answers at once, took " + answer.millis() + " ms", answer.millis() < 2_500);
        return json(answer.response(), 201).get("number").getAsString();
    }

    private static Timed timed(Callable<Response> call) throws Exception {
        long start = System.nanoTime();
        Response response = call.call();
        return new Timed(response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static JsonObject error(Response response) {
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
    }

    /** The day's running number at the end of a case number such as PH202612020007. */
    private static int sequence(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(10));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
