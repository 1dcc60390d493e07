package org.parkhall.itest;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Before;
import org.junit.Test;

/**
 * Bad input as a broken client or an attacker sends it, to every body field, path and query parameter of the API,
 * as the hall admin (so no access rule hides a bug) and as a visitor: the hall never answers 5xx, every refusal is
 * the one error shape without a Java class name, and a refused request writes nothing. The junk is the same on
 * every run (a fixed seed), and so is the number of requests.
 */
public class InputFuzzIT extends HallTestSupport {
    private static final long SEED = 20261201L;
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|com|org|sun|jdk)\\.[a-z]\\w*\\.|"
            + "Exception|\\.java:\\d");
    /**
     * In a path segment, NUL and an encoded slash or backslash are refused or resolved by Jetty itself (see
     * {@link #bodiesThatAreNotStrictJsonAndBadlyEscapedPathsAreRefusedInTheErrorShape}).
     */
    private static final Pattern PATH_DECODED_BY_JETTY = Pattern.compile("[\u0000/\\\\]");
    private static final Set<String> ERROR_KEYS = Set.of("code", "message", "messageEn", "field");
    private static final String PERSON = "{\"kind\":\"PERSON\",\"idNumber\":\"110101199003074514\",\"name\":\"张三\","
            + "\"phone\":\"13812345678\"}";
    private static final String COMPANY_FACTS = "{\"companyName\":\"上海庙能源科技有限公司\",\"registeredCapital\":"
            + "\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"}";
    private static final String FULL = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":" + PERSON + ",\"presented\":"
            + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":" + COMPANY_FACTS
            + ",\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";
    private static final String PARTIAL = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":" + PERSON + ",\"presented\":"
            + "[\"application-form\"],\"facts\":" + COMPANY_FACTS + ",\"delivery\":{\"mode\":\"EXPRESS\","
            + "\"address\":\"内蒙古鄂尔多斯市鄂托克前旗上海庙镇园区路1号\"},\"channel\":\"WINDOW\"}";
    private static final String LEVELS = "\"overall\":\"SATISFIED\",\"efficiency\":\"SATISFIED\","
            + "\"competence\":\"SATISFIED\",\"attitude\":\"SATISFIED\",\"comment\":\"好\"";

    /** A call of the API with valid values: {placeholders} in the path are filled from {@link Subjects}. */
    private record Call(String method, String path, String query, String body) {
    }

    /** One request of the fuzz: who sends it, and how. */
    private record Probe(boolean admin, String method, String path, String body, Call call) {
        @Override
        public String toString() {
            return (admin ? "admin " : "visitor ") + method + " " + abbreviated(path)
                    + (body.isEmpty() ? "" : " " + abbreviated(body));
        }
    }

    /** What went wrong, by kind and call, with the requests it happened to. */
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private final Map<String, Integer> statuses = new LinkedHashMap<>();
    private DataSource store;
    private Subjects subjects;
    /** The figures of {@link #snapshot} after the last change, or null when they must be read again. */
    private String written;
    private int sent;

    /** Runs after the hall is ready (the superclass's {@code @Before}). */
    @Before
    public void prepareSubjects() throws Exception {
        store = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(dataSourceName=parkhall)").iterator().next());
        subjects = new Subjects();
    }

    @Test
    public void junkInEveryFieldPathAndQueryIsRefusedInTheErrorShapeAndWritesNothing() throws Exception {
        Random random = new Random(SEED);
        long started = System.nanoTime();
        for (Call call : calls()) {
            boolean visitors = isPublic(call);
            forEachMutation(call, random, (path, body) -> {
                probe(new Probe(true, call.method(), path, body, call));
                if (visitors) {
                    probe(new Probe(false, call.method(), path, body, call));
                }
            });
            probe(new Probe(false, call.method(), fill(call.path() + call.query()), fill(call.body()), call));
        }
        for (String query : List.of("?q=%", "?q=%zz", "?q=%u0041", "?q=%C0%AF", "?limit=%FF%FE")) {
            probe(new Probe(true, "GET", "/api/v1/cases" + query, "", null));
        }
        System.out.printf("InputFuzzIT: %d requests in %d s, answers by status %s, %d failing%s%n", sent,
                (System.nanoTime() - started) / 1_000_000_000L, statuses,
                failures.values().stream().mapToInt(List::size).sum(), report());
        assertTrue("requests the hall answered wrongly:" + report(), failures.isEmpty());
        byte[] log = Files.readAllBytes(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        for (byte b : log) {
            assertTrue("a NUL reached karaf.log, where a reader stops or takes the rest for binary", b != 0);
        }
    }

    /** Each kind of failure with how often it happened and one request it happened to. */
    private String report() {
        StringBuilder report = new StringBuilder();
        failures.forEach((kind, probes) -> report.append(String.format("%n%4d × %s, e.g. %s", probes.size(), kind,
                probes.get(0))));
        return report.toString();
    }

    /**
     * Bodies that are not strict JSON, and paths with bad %-escapes, which Jetty decodes before the hall sees them:
     * refused, in the error shape. They wait on another part of issue 12, the strict JSON parser and Jetty's own
     * errors in the API's shape.
     */
    @Test
    public void bodiesThatAreNotStrictJsonAndBadlyEscapedPathsAreRefusedInTheErrorShape() throws Exception {
        for (String body : List.of("{queue: \"F\"}", "{'queue':'F'}", "{\"queue\":\"F\"} // note",
                "/* note */ {\"queue\":\"F\"}", "{\"queue\":\"F\",}", "{\"queue\":", "{\"queue\":\"F\"}{}",
                "{\"queue\":\"F\"} x", "{\"queue\":\"F\",\"priority\":NaN}", "",
                "[".repeat(10_000))) {
            Probe probe = new Probe(false, "POST", "/api/v1/tickets", body, null);
            Response response = probe(probe);
            if (response.status() != 400) {
                fail("not refused", probe, response.body());
            }
        }
        for (String path : List.of("/api/v1/items/%zz", "/api/v1/items/%", "/api/v1/items/%C0%AF",
                "/api/v1/items/A%00B", "/api/v1/cases/%E0%80", "/api/v1/items/..%2F..%2Fetc%2Fpasswd",
                "/api/v1/tickets/..%5Cx")) {
            probe(new Probe(true, "GET", path, "", null));
        }
        assertTrue("requests the hall answered wrongly:" + report(), failures.isEmpty());
    }

    /** Every POST body and every GET with parameters the API has (the display stream aside: it never ends). */
    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>(List.of(
                post("/api/v1/applications", PARTIAL),
                post("/api/v1/applications", FULL.replace("AMR-REG-01", "ONE-OPEN-BIZ")),
                post("/api/v1/cases/{supplement}/supplement", "{\"presented\":[\"articles\"],\"facts\":"
                        + COMPANY_FACTS + "}"),
                post("/api/v1/cases/{accepted}/actions", "{\"action\":\"FORWARD\",\"note\":\"北京市政务服务中心\"}"),
                post("/api/v1/cases/{approved}/actions", "{\"action\":\"DELIVER\",\"note\":\"SF1234567890\"}"),
                post("/api/v1/tickets", "{\"queue\":\"F\",\"priority\":\"ELDERLY\"}"),
                post("/api/v1/tickets/{ticket}/rejoin", "{}"),
                post("/api/v1/tickets/{ticket}/cancel", "{}"),
                post("/api/v1/counters/{counter}/finish", "{\"caseNumbers\":[\"PH202611240001\"]}"),
                post("/api/v1/counters/{counter}/transfer", "{\"queue\":\"B\"}"),
                post("/api/v1/counters/{counter}/recall", "{}"),
                post("/api/v1/appointments", "{\"queue\":\"A\",\"day\":\"{day}\",\"start\":\"{start}\","
                        + "\"name\":\"李四\",\"phone\":\"13900001111\"}"),
                post("/api/v1/appointments/{reference}/check-in", "{\"queryCode\":\"{bookingCode}\"}"),
                post("/api/v1/appointments/{reference}/cancel", "{\"queryCode\":\"{bookingCode}\"}"),
                post("/api/v1/ratings", "{\"ticket\":\"{ticket}\"," + LEVELS + "}"),
                post("/api/v1/ratings", "{\"case\":\"{supplement}\",\"queryCode\":\"{caseCode}\"," + LEVELS + "}"),
                post("/api/v1/rectifications/{rectification}/follow-up", "{\"note\":\"已回访\"}"),
                post("/api/v1/staff", "{\"user\":\"fuzz.guide\",\"password\":\"Fuzz-Guide-2026\","
                        + "\"roles\":[\"guide\"]}"),
                post("/api/v1/staff/{user}/roles", "{\"roles\":[\"guide\",\"approver:amr\"]}"),
                post("/api/v1/staff/{user}/remove", "{}"),
                post("/api/v1/session", "{\"username\":\"fuzz.nobody\",\"password\":\"Wrong-Pass-2026\"}"),
                get("/api/v1/items", "?q=营业&department=amr"),
                get("/api/v1/items/{item}", ""),
                get("/api/v1/cases", "?q=张三&item=AMR-REG-01&department=amr&state=ACCEPTED&limit=5"),
                get("/api/v1/cases/{supplement}/ledger", ""),
                get("/api/v1/cases/{supplement}/documents/{document}", ""),
                get("/api/v1/ledger", "?limit=5"),
                get("/api/v1/ledger/export", "?from={today}&to={today}&format=jsonl"),
                get("/api/v1/public/cases/{supplement}", "?queryCode={caseCode}"),
                get("/api/v1/tickets", "?queue=F&state=WAITING"),
                get("/api/v1/tickets/{ticket}", ""),
                get("/api/v1/rate/{counter}", ""),
                get("/api/v1/rectifications", "?open=true"),
                get("/api/v1/appointments", "?day={day}&queue=A"),
                get("/api/v1/appointments/slots", "?queue=A&day={day}"),
                get("/api/v1/appointments/{reference}", "?queryCode={bookingCode}"),
                get("/api/v1/stats", "?day={today}"),
                get("/api/v1/calendar", "?year=2026")));
        for (String action : List.of("APPROVE", "DENY", "SUSPEND", "WITHDRAW")) {
            calls.add(post("/api/v1/cases/{review}/actions", "{\"action\":\"" + action + "\",\"note\":\"准予\"}"));
        }
        for (String step : List.of("sign-in", "call-next", "no-show", "start", "sign-out")) {
            calls.add(post("/api/v1/counters/{counter}/" + step, "{}"));
        }
        return calls;
    }

    private static Call post(String path, String body) {
        return new Call("POST", path, "", body);
    }

    private static Call get(String path, String query) {
        return new Call("GET", path, query, "");
    }

    /** Calls a visitor may make; the others are tried once by a visitor, for the 401's shape. */
    private static boolean isPublic(Call call) {
        return (call.method() + " " + call.path()).matches("GET /api/v1/(items|tickets/|rate/|appointments/|public/).*"
                + "|POST /api/v1/(tickets|ratings|appointments.*|session)");
    }

    /**
     * Hands over each variant of the call: every path parameter, query parameter and body field (nested ones and
     * list elements too) in turn replaced by junk, a field left out, an unknown one added, and junk bodies.
     */
    private void forEachMutation(Call call, Random random, Mutation mutation) throws Exception {
        String[] segments = call.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                for (JsonElement junk : Junk.forUri(random, PATH_DECODED_BY_JETTY.asPredicate())) {
                    String[] changed = segments.clone();
                    changed[i] = Junk.encode(Junk.text(junk));
                    mutation.send(fill(String.join("/", changed)) + fill(call.query()), fill(call.body()));
                }
            }
        }
        if (!call.query().isEmpty()) {
            String[] parameters = call.query().substring(1).split("&");
            for (int i = 0; i < parameters.length; i++) {
                String name = parameters[i].substring(0, parameters[i].indexOf('='));
                for (JsonElement junk : Junk.forUri(random, text -> false)) {
                    String[] changed = parameters.clone();
                    changed[i] = name + "=" + Junk.encode(Junk.text(junk));
                    mutation.send(fill(call.path()) + fill("?" + String.join("&", changed)), "");
                }
            }
        }
        if (call.method().equals("GET")) {
            return;
        }
        JsonObject body = JsonParser.parseString(fill(call.body())).getAsJsonObject();
        for (Junk.Slot slot : Junk.slots(body)) {
            for (JsonElement junk : Junk.values(random)) {
                mutation.send(fill(call.path()), slot.replaced(junk).toString()); // filled again: see Subjects
            }
            mutation.send(fill(call.path()), slot.removed().toString());
        }
        JsonObject unknown = body.deepCopy();
        unknown.add("unknownField", JsonParser.parseString("{\"x\":[1,2,{}]}"));
        mutation.send(fill(call.path()), unknown.toString());
        for (String junk : List.of("{}", "[]", "null", "\"text\"", "42", "[{}]", "{\"\":\"\"}")) {
            mutation.send(fill(call.path()), junk);
        }
    }

    @FunctionalInterface
    private interface Mutation {
        void send(String path, String body) throws Exception;
    }

    private String fill(String template) throws Exception {
        String filled = template;
        for (String name : List.of("supplement", "accepted", "approved", "review", "ticket", "counter", "reference",
                "rectification", "user", "item", "document", "today", "day", "start", "caseCode", "bookingCode")) {
            if (filled.contains("{" + name + "}")) { // only then: getting a subject may make it
                filled = filled.replace("{" + name + "}", subjects.get(name));
            }
        }
        return filled;
    }

    private Response probe(Probe probe) throws Exception {
        if (written == null && !probe.method().equals("GET")) {
            written = snapshot();
        }
        Response response = probe.admin() ? as(ADMIN, probe.method(), probe.path(), probe.body())
                : anonymous(probe.method(), probe.path(), probe.body());
        sent++;
        statuses.merge(String.valueOf(response.status()), 1, Integer::sum);
        if (response.status() >= 500) {
            fail(String.valueOf(response.status()), probe, response.body());
        } else if (response.status() >= 400) {
            checkShape(probe, response);
        }
        if (probe.method().equals("GET")) {
            return response;
        }
        String now = snapshot();
        if (response.status() >= 400 && !now.equals(written)) {
            fail("refused but wrote", probe, response.status() + ", " + difference(written, now));
        }
        if (response.status() < 400 && probe.call() != null) {
            subjects.changed(probe.call());
        }
        written = now;
        return response;
    }

    private void checkShape(Probe probe, Response response) {
        JsonObject error;
        try {
            error = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
        } catch (RuntimeException e) {
            error = null;
        }
        if (error == null || !ERROR_KEYS.containsAll(error.keySet()) || !error.has("code")
                || !error.has("message") || !error.has("messageEn")) {
            fail(response.status() + " not in the error shape", probe, response.body());
        } else if (CLASS_NAME.matcher(error.get("message").getAsString() + error.get("messageEn").getAsString())
                .find()) {
            fail(response.status() + " naming a Java class", probe, response.body());
        }
    }

    private void fail(String kind, Probe probe, String answer) {
        String call = probe.call() == null ? probe.method() + " " + probe.path()
                : probe.call().method() + " " + probe.call().path();
        failures.computeIfAbsent(kind + " for " + call, key -> new ArrayList<>()).add(probe + " → "
                + abbreviated(answer));
    }

    /** What the hall holds, counted: a refused request must leave every figure as it was. */
    private String snapshot() throws SQLException {
        StringBuilder figures = new StringBuilder();
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "SELECT 'ledger', COUNT(*), MAX(seq) FROM ledger_event",
                    "SELECT 'cases', COUNT(*), SUM(version) FROM case_file",
                    "SELECT 'numbers', COUNT(*), SUM(last_number) FROM day_counter",
                    "SELECT 'tickets ' || state, COUNT(*), SUM(recalls) FROM ticket GROUP BY state",
                    "SELECT 'sign-ins', COUNT(*), COUNT(signed_out_at) FROM counter_session",
                    "SELECT 'bookings ' || state, COUNT(*), 0 FROM appointment GROUP BY state",
                    "SELECT 'places', COUNT(*), SUM(booked) FROM appointment_slot",
                    "SELECT 'ratings', COUNT(*), 0 FROM rating",
                    "SELECT 'rectifications', COUNT(*), COUNT(followed_up_at) FROM rectification")) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        figures.append(rows.getString(1)).append('=').append(rows.getLong(2)).append('/')
                                .append(rows.getLong(3)).append(' ');
                    }
                }
            }
        }
        return figures.toString();
    }

    private static String difference(String before, String after) {
        List<String> was = List.of(before.split(" "));
        return List.of(after.split(" ")).stream().filter(figure -> !was.contains(figure)).toList().toString();
    }

    private static String abbreviated(String text) {
        String escaped = text.replaceAll("\\p{Cntrl}", "·");
        return escaped.length() <= 160 ? escaped : escaped.substring(0, 160) + "…(" + text.length() + " chars)";
    }

    /**
     * The real things the calls act on. A subject whose state a successful call may have moved on (a case approved,
     * a ticket cancelled) is made again before its next use, so each variant reaches the code it aims at.
     */
    private final class Subjects {
        private final Map<String, String> values = new HashMap<>();
        private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        Subjects() throws IOException {
            values.put("counter", "1");
            values.put("rectification", "1");
            values.put("user", "fuzz.nobody");
            values.put("item", "AMR-REG-01");
            values.put("document", "notice");
            values.put("today", today);
            JsonObject supplement = json(http("POST", "/api/v1/applications", PARTIAL), 201);
            values.put("supplement", number(supplement));
            values.put("caseCode", supplement.get("queryCode").getAsString());
            JsonObject slot = bookableSlot();
            values.put("day", slot == null ? today : slot.get("day").getAsString());
            values.put("start", slot == null ? "09:00" : slot.get("start").getAsString());
            Response booked = http("POST", "/api/v1/appointments", "{\"queue\":\"A\",\"day\":\"" + values.get("day")
                    + "\",\"start\":\"" + values.get("start") + "\",\"name\":\"李四\",\"phone\":\"13900001111\"}");
            JsonObject confirmation = booked.status() == 201 ? json(booked, 201) : null;
            values.put("reference", confirmation == null ? "Y482913075"
                    : confirmation.getAsJsonObject("booking").get("reference").getAsString());
            values.put("bookingCode", confirmation == null ? "12345678" : confirmation.get("queryCode").getAsString());
        }

        String get(String name) throws IOException {
            if (!values.containsKey(name)) {
                written = null; // made by the fuzz itself, not by the probe that follows
                values.put(name, make(name));
            }
            return values.get(name);
        }

        /** A ticket waiting, or a case accepted, in review or approved: each made from the one before. */
        private String make(String name) throws IOException {
            switch (name) {
                case "ticket":
                    return json(http("POST", "/api/v1/tickets", "{\"queue\":\"F\"}"), 201).get("label").getAsString();
                case "accepted":
                    return number(json(http("POST", "/api/v1/applications", FULL), 201));
                case "review":
                    return act(taken("accepted"), "DISPATCH", "");
                case "approved":
                    return act(taken("review"), "APPROVE", "营业执照");
                default:
                    throw new IllegalArgumentException(name);
            }
        }

        /** The subject, no longer to be had under its name: the caller moves it on to another state. */
        private String taken(String name) throws IOException {
            String value = get(name);
            values.remove(name);
            return value;
        }

        /** A call answered 2xx may have moved its subjects on: they are made afresh when next needed. */
        void changed(Call call) {
            for (String name : List.of("accepted", "review", "approved", "ticket")) {
                if ((call.path() + call.body()).contains("{" + name + "}")) {
                    values.remove(name);
                }
            }
        }

        private String act(String number, String action, String note) throws IOException {
            json(http("POST", "/api/v1/cases/" + number + "/actions", "{\"action\":\"" + action + "\",\"note\":\""
                    + note + "\"}"), 201);
            return number;
        }

        /** The last open slot of queue A on the first day ahead that has one: far enough not to be missed meanwhile. */
        private JsonObject bookableSlot() throws IOException {
            for (int ahead = 1; ahead <= 14; ahead++) {
                String day = LocalDate.parse(today).plusDays(ahead).toString();
                JsonArray slots = json(http("GET", "/api/v1/appointments/slots?queue=A&day=" + day), 200)
                        .getAsJsonArray("slots");
                JsonObject last = null;
                for (JsonElement slot : slots) {
                    if (slot.getAsJsonObject().get("open").getAsBoolean()) {
                        last = slot.getAsJsonObject();
                    }
                }
                if (last != null) {
                    return last;
                }
            }
            return null;
        }

        private String number(JsonObject file) {
            return file.get("number").getAsString();
        }
    }
}
