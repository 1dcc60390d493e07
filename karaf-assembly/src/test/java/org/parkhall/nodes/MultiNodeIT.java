package org.parkhall.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.parkhall.core.internal.store.TestPostgres;

/**
 * A county's hall on two machines: two distributions started at the same moment on one empty PostgreSQL database,
 * then visitors, clerks and counters on both at once. Whatever node a request reaches, nothing is given twice, no
 * slot takes more than its places, a staff member signed in on one node is signed in (and out) on both, a call on
 * one node is on the displays of both, and a department deployed on one node only is honestly absent on the other.
 * Runs in failsafe's {@code postgresql} execution; the nodes' copies and logs stay in {@code target/multinode/}.
 */
public class MultiNodeIT {
    private static final String PASSWORD = "Nodes-Test-2026";
    private static final String ADMIN = "zhou.admin";
    private static final String CLERK = "wang.clerk";
    /** Staff of their own for the session story, each within the hall's cap of sessions per account. */
    private static final List<String> SHIFT = List.of("sun.li", "qian.wei", "zhao.min", "zhou.qiang", "wu.hong");
    private static final String APPOINTMENTS = "org.parkhall.appointments.cfg";
    /** The shipped calendar's zone: the hall's day, which the slots are of. */
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String COMPANY = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":{\"kind\":\"PERSON\","
            + "\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},\"presented\":"
            + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":{\"companyName\":"
            + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"},"
            + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";

    private static TwoNodes nodes;
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(16);

    @BeforeClass
    public static void startTwoNodesTogether() throws Exception {
        nodes = TwoNodes.start(Path.of(System.getProperty("parkhall.assembly")), Path.of("target", "multinode"),
                Stream.concat(Stream.of(ADMIN + " = " + PASSWORD + ",halladmin,clerk"),
                        Stream.concat(Stream.of(CLERK), SHIFT.stream()).map(clerk -> clerk + " = " + PASSWORD + ",clerk"))
                        .toList(),
                // bookable around the clock in hour slots, so the booking test does not depend on the time of day
                node -> node.configure(APPOINTMENTS, "hours", "00:00-23:59")
                        .configure(APPOINTMENTS, "extendedHours", "MON 00:00-23:59, TUE 00:00-23:59,"
                                + " WED 00:00-23:59, THU 00:00-23:59, FRI 00:00-23:59, SAT 00:00-23:59,"
                                + " SUN 00:00-23:59")
                        .configure(APPOINTMENTS, "slotMinutes", "60"));
    }

    @AfterClass
    public static void stopBothNodes() throws Exception {
        THREADS.shutdownNow();
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    public void bothNodesStartingTogetherOnAnEmptyDatabaseMigrateItOnceAndComeUp() throws Exception {
        List<Integer> applied = new ArrayList<>();
        try (Connection connection = TestPostgres.dataSource(nodes.databaseUrl).getConnection();
             Statement statement = connection.createStatement();
             ResultSet versions = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (versions.next()) {
                applied.add(versions.getInt(1));
            }
        }
        assertTrue("migrations recorded: " + applied, applied.size() >= 14);
        for (int i = 0; i < applied.size(); i++) {
            assertEquals("each migration once, in order: " + applied, i + 1, (int) applied.get(i));
        }
        List<Integer> appliedByNodes = new ArrayList<>();
        for (NodeProcess node : List.of(nodes.a, nodes.b)) {
            String log = Files.readString(node.log());
            assertFalse("a migration failed on " + node.url(""), log.contains("duplicate key"));
            Matcher migration = Pattern.compile("Applied schema migration (\\d+)").matcher(log);
            while (migration.find()) {
                appliedByNodes.add(Integer.parseInt(migration.group(1)));
            }
            HallClient.visitor(node).get("/api/v1/health").json(200);
        }
        appliedByNodes.sort(null);
        assertEquals("each migration applied by one node only", applied, appliedByNodes);
    }

    /**
     * Kiosks on both nodes issue tickets and clerks on both take applications while counters signed in on A and on
     * B call the same queues: every label and case number is new, and every ticket is called exactly once.
     */
    @Test
    public void ticketsCasesAndCallsFromBothNodesAtOnceAreNeverGivenTwice() throws Exception {
        HallClient adminOnA = HallClient.signIn(nodes.a, ADMIN, PASSWORD);
        HallClient adminOnB = adminOnA.on(nodes.b);
        // counters 1-3 (queues A, C, D) work through node A, counters 4-6 (B, A, C, E, F) through node B
        for (int counter = 1; counter <= 6; counter++) {
            (counter <= 3 ? adminOnA : adminOnB).post("/api/v1/counters/" + counter + "/sign-in", "{}").json(201);
        }
        int kiosks = 4;
        int ticketsEach = 40;
        Collection<String> issued = new ConcurrentLinkedQueue<>();
        Collection<String> numbers = new ConcurrentLinkedQueue<>();
        Collection<String> called = new ConcurrentLinkedQueue<>();
        CountDownLatch kiosksDone = new CountDownLatch(kiosks);
        List<Callable<Void>> work = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            HallClient kiosk = HallClient.visitor(k % 2 == 0 ? nodes.a : nodes.b);
            String queue = k < 2 ? "A" : "C";
            work.add(() -> {
                try {
                    for (int i = 0; i < ticketsEach; i++) {
                        issued.add(kiosk.post("/api/v1/tickets", "{\"queue\":\"" + queue + "\"}").json(201)
                                .get("label").getAsString());
                    }
                } finally {
                    kiosksDone.countDown();
                }
                return null;
            });
        }
        for (NodeProcess node : List.of(nodes.a, nodes.b)) {
            HallClient clerk = HallClient.signIn(node, CLERK, PASSWORD);
            for (int c = 0; c < 2; c++) {
                work.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        numbers.add(clerk.post("/api/v1/applications", COMPANY).json(201).get("number").getAsString());
                    }
                    return null;
                });
            }
        }
        for (int counter = 1; counter <= 6; counter++) {
            HallClient at = counter <= 3 ? adminOnA : adminOnB;
            String path = "/api/v1/counters/" + counter + "/";
            work.add(() -> {
                while (true) {
                    boolean lastRound = kiosksDone.getCount() == 0;
                    JsonObject next = at.post(path + "call-next", "{}").json(201);
                    if (next.has("called") && !next.get("called").getAsBoolean()) {
                        if (lastRound) {
                            return null;
                        }
                        Thread.sleep(20);
                        continue;
                    }
                    called.add(next.get("label").getAsString());
                    at.post(path + "start", "{}").json(201);
                    at.post(path + "finish", "{\"caseNumbers\":[]}").json(201);
                }
            });
        }
        runAll(work);
        for (int counter = 1; counter <= 6; counter++) {
            (counter <= 3 ? adminOnA : adminOnB).post("/api/v1/counters/" + counter + "/sign-out", "{}").json(201);
        }

        assertEquals("tickets issued", kiosks * ticketsEach, issued.size());
        assertNoneTwice("ticket labels", issued);
        assertEquals("case numbers", 80, numbers.size());
        assertNoneTwice("case numbers", numbers);
        assertNoneTwice("calls of one ticket", called);
        assertEquals("every ticket called once", new HashSet<>(issued), new HashSet<>(called));
    }

    /** Three times the places of one slot asked for at once through both nodes: exactly its places are booked. */
    @Test
    public void aSlotBookedFromBothNodesAtOnceIsNeverOverbooked() throws Exception {
        HallClient visitorOnA = HallClient.visitor(nodes.a);
        JsonObject slot = openSlot(visitorOnA, "A");
        int places = slot.get("capacity").getAsInt();
        Collection<String> references = new ConcurrentLinkedQueue<>();
        Collection<Integer> refused = new ConcurrentLinkedQueue<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 3 * places; i++) {
            HallClient visitor = HallClient.visitor(i % 2 == 0 ? nodes.a : nodes.b);
            String booking = booking("A", slot, String.format("1390000%04d", i));
            work.add(() -> {
                HallClient.Reply reply = visitor.post("/api/v1/appointments", booking);
                if (reply.status() == 201) {
                    references.add(reply.json(201).getAsJsonObject("booking").get("reference").getAsString());
                } else {
                    refused.add(reply.status());
                }
                return null;
            });
        }
        runAll(work);
        assertEquals("bookings accepted for " + places + " places", places, references.size());
        assertNoneTwice("booking references", references);
        assertEquals("the others are told the slot is full", List.of(409), List.copyOf(new HashSet<>(refused)));
        JsonObject seenOnB = slotAt(HallClient.visitor(nodes.b), "A", slot);
        assertEquals("node B sees the slot full: " + seenOnB, places, seenOnB.get("booked").getAsInt());
    }

    /** One phone booking the same queue and day through both nodes at once, five times: one booking each time. */
    @Test
    public void onePhoneBookingTwiceAtOnceThroughBothNodesGetsOneBooking() throws Exception {
        for (int round = 0; round < 5; round++) {
            JsonObject slot = openSlot(HallClient.visitor(nodes.a), "B");
            String booking = booking("B", slot, String.format("1370000%04d", round));
            List<Callable<HallClient.Reply>> twice = List.of(
                    () -> HallClient.visitor(nodes.a).post("/api/v1/appointments", booking),
                    () -> HallClient.visitor(nodes.b).post("/api/v1/appointments", booking));
            List<Integer> statuses = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (Future<HallClient.Reply> reply : THREADS.invokeAll(twice)) {
                statuses.add(reply.get().status());
                answers.add(reply.get().body());
            }
            statuses.sort(null);
            assertEquals("round " + round + ": one accepted, one refused: " + answers, List.of(201, 409), statuses);
        }
    }

    /**
     * Staff signing in on A at once are signed in on B; each signing out on B is signed out on A too, as the load
     * balancer may send the next request to either.
     */
    @Test
    public void aStaffSessionFromOneNodeIsValidOnTheOtherAndASignOutThereEndsIt() throws Exception {
        List<Callable<HallClient>> signIns = new ArrayList<>();
        for (String clerk : SHIFT) {
            signIns.add(() -> HallClient.signIn(nodes.a, clerk, PASSWORD));
        }
        List<HallClient> onA = new ArrayList<>();
        for (Future<HallClient> session : THREADS.invokeAll(signIns)) {
            onA.add(session.get());
        }
        for (int i = 0; i < SHIFT.size(); i++) {
            HallClient session = onA.get(i);
            assertEquals(SHIFT.get(i), session.on(nodes.b).get("/api/v1/session").json(200).get("user").getAsString());
            session.on(nodes.b).get("/api/v1/cases?limit=1").json(200);
        }
        List<Callable<Void>> signOuts = new ArrayList<>();
        for (HallClient session : onA) {
            signOuts.add(() -> {
                session.on(nodes.b).post("/api/v1/session/logout", "{}").json(201);
                return null;
            });
        }
        runAll(signOuts);
        for (HallClient session : onA) {
            assertEquals(401, session.get("/api/v1/cases?limit=1").status());
            assertEquals(401, session.get("/api/v1/session").status());
        }
    }

    /** Ten calls made through node A, each shown on a display connected to node B within a second of the call. */
    @Test
    public void aCallMadeOnOneNodeIsShownOnTheOtherNodesDisplayWithinASecond() throws Exception {
        HallClient adminOnA = HallClient.signIn(nodes.a, ADMIN, PASSWORD);
        String counter = "/api/v1/counters/3/"; // calls from queue A only
        adminOnA.post(counter + "sign-in", "{}").json(201);
        try (DisplayStream displayOnB = DisplayStream.open(nodes.b)) {
            for (int call = 1; call <= 10; call++) {
                HallClient.visitor(nodes.a).post("/api/v1/tickets", "{\"queue\":\"A\"}").json(201);
                long calledAt = System.nanoTime();
                String label = adminOnA.post(counter + "call-next", "{}").json(201).get("label").getAsString();
                assertNotNull("call " + call + " (" + label + ") on A shown on B's display within 1 s",
                        displayOnB.awaitCall(label, calledAt + TimeUnit.SECONDS.toNanos(1)));
                adminOnA.post(counter + "start", "{}").json(201);
                adminOnA.post(counter + "finish", "{\"caseNumbers\":[]}").json(201);
            }
        } finally {
            adminOnA.post(counter + "sign-out", "{}");
        }
    }

    /**
     * A department deployed on A only: B tells the truth about its item (served on node-a only) and refuses its
     * applications with 暂停受理; and B restarting is not the department leaving, so the ledger records no departure.
     */
    @Test
    public void aDepartmentOnOneNodeOnlyIsRefusedOnTheOtherAndARestartThereIsNoDeparture() throws Exception {
        String item = "ENV-GI-01";
        nodes.a.deploy(NodeProcess.generatedDepartment());
        HallClient visitorOnA = HallClient.visitor(nodes.a);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!availability(visitorOnA.get("/api/v1/items/" + item)).equals("AVAILABLE")) {
            assertTrue(item + " served on A within 60 s of its bundle being dropped there", System.nanoTime() < deadline);
            Thread.sleep(250);
        }
        HallClient.Reply onB = HallClient.visitor(nodes.b).get("/api/v1/items/" + item);
        assertEquals("B's catalog says the item is taken in on other nodes only: " + onB.body(), "OTHER_NODES",
                availability(onB));
        assertEquals(onB.body(), "[\"node-a\"]", onB.json(200).getAsJsonArray("servedOn").toString());
        HallClient.Reply refused = HallClient.signIn(nodes.b, CLERK, PASSWORD).post("/api/v1/applications",
                COMPANY.replace("AMR-REG-01", item));
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("\"item_unavailable\"") && refused.body().contains("暂停受理"));

        nodes.b.close();
        nodes.b.launch();
        nodes.b.awaitReady(1);
        List<String> departures = new ArrayList<>();
        for (JsonElement entry : HallClient.signIn(nodes.a, ADMIN, PASSWORD).get("/api/v1/ledger?limit=1000").json(200)
                .getAsJsonArray("events")) {
            if (entry.getAsJsonObject().get("action").getAsString().equals("HANDLER_DEPARTED")) {
                departures.add(entry.toString());
            }
        }
        assertEquals("no department left: only node B restarted", List.of(), departures);
    }

    /** An item's availability code, or what answered instead. */
    private static String availability(HallClient.Reply item) {
        return item.status() == 200 ? item.json(200).getAsJsonObject("availability").get("code").getAsString()
                : item.status() + " " + item.body();
    }

    private static void runAll(List<? extends Callable<?>> work) throws Exception {
        List<Future<Object>> results = new ArrayList<>();
        for (Callable<?> task : work) {
            results.add(THREADS.submit(task::call));
        }
        for (Future<Object> result : results) {
            result.get(3, TimeUnit.MINUTES);
        }
    }

    private static void assertNoneTwice(String what, Collection<String> values) {
        Set<String> seen = new HashSet<>();
        List<String> twice = values.stream().filter(value -> !seen.add(value)).toList();
        assertEquals(what + " given twice", List.of(), twice);
    }

    /** The first slot with a place left from today on: late in the hall's evening today's last slots are taken. */
    private static JsonObject openSlot(HallClient visitor, String queue) {
        LocalDate today = LocalDate.now(HALL_ZONE);
        for (LocalDate day = today; day.isBefore(today.plusWeeks(1)); day = day.plusDays(1)) {
            for (JsonElement slot : visitor.get("/api/v1/appointments/slots?queue=" + queue + "&day=" + day)
                    .json(200).getAsJsonArray("slots")) {
                JsonObject place = slot.getAsJsonObject();
                if (place.get("open").getAsBoolean()
                        && place.get("booked").getAsInt() < place.get("capacity").getAsInt()) {
                    return place;
                }
            }
        }
        throw new AssertionError("no slot with a place left this week in queue " + queue);
    }

    private static JsonObject slotAt(HallClient visitor, String queue, JsonObject seen) {
        String start = seen.get("start").getAsString();
        for (JsonElement slot : visitor.get("/api/v1/appointments/slots?queue=" + queue + "&day="
                + seen.get("day").getAsString()).json(200).getAsJsonArray("slots")) {
            if (slot.getAsJsonObject().get("start").getAsString().equals(start)) {
                return slot.getAsJsonObject();
            }
        }
        throw new AssertionError("no slot at " + start + " in queue " + queue);
    }

    private static String booking(String queue, JsonObject slot, String phone) {
        return "{\"queue\":\"" + queue + "\",\"day\":\"" + slot.get("day").getAsString() + "\",\"start\":\""
                + slot.get("start").getAsString() + "\",\"name\":\"访客\",\"phone\":\"" + phone + "\"}";
    }
}
