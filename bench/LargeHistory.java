import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Large history: a year of cases (1,000,000 by default) and their ledger events in the hall's Derby database, then
 * the calls staff make every day timed against it. Three steps, run by bench/large-history.sh:
 *
 * <pre>
 * java bench/LargeHistory.java seed --base URL            # hall running: real cases of several items through their
 *                                                          # whole life, and today's served tickets, over REST
 * java -cp derby.jar bench/LargeHistory.java load --db DIR --cases 1000000 --summary FILE
 *                                                          # hall stopped: clone the seeded rows into the past year
 * java bench/LargeHistory.java time --base URL --summary FILE [--repeat 5]   # hall running again: time the calls
 * </pre>
 *
 * Cloning the rows the hall itself wrote keeps every column as the core writes it (CaseRecords, LedgerRecords).
 */
public class LargeHistory {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    static final int CASES_PER_WORKING_DAY = 4000;
    /** Cases this recent are still open (IN_REVIEW, with their first two ledger events): the inbox and overdue list. */
    static final int OPEN_WORKING_DAYS = 3;

    static String base = "http://127.0.0.1:8181";
    static String user = "bench.admin";
    static String password = "Bench-Pass-2026";
    static Path db;
    static Path summary = Path.of("/tmp/bench-large-history.properties");
    static int cases = 1_000_000;
    static int repeat = 5;
    static final StringBuilder report = new StringBuilder();
    /** Timed once: it streams the whole history (about 1 GB of CSV at 1,000,000 cases). */
    static final String YEAR_EXPORT = "year's ledger export, CSV";

    public static void main(String[] args) throws Exception {
        for (int i = 1; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = value;
                case "--db" -> db = Path.of(value);
                case "--cases" -> cases = Integer.parseInt(value);
                case "--summary" -> summary = Path.of(value);
                case "--repeat" -> repeat = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        switch (args[0]) {
            case "seed" -> seed();
            case "load" -> load();
            case "time" -> time();
            default -> throw new IllegalArgumentException("seed, load or time");
        }
    }

    // ---- seed: real rows over REST ----

    static final Map<String, String> APPLICATIONS = Map.of(
            "AMR-REG-01", "{\"itemCode\":\"AMR-REG-01\",\"applicant\":{\"kind\":\"PERSON\",\"idNumber\":"
                    + "\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},\"presented\":"
                    + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":{\"companyName\":"
                    + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"},"
                    + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}",
            "HOUS-CP-01", "{\"itemCode\":\"HOUS-CP-01\",\"applicant\":{\"kind\":\"ENTERPRISE\",\"idNumber\":"
                    + "\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},\"presented\":"
                    + "[\"application-form\",\"land-approval\",\"planning-permit\",\"drawing-review\",\"contractor\","
                    + "\"safety-measures\",\"funds-pledge\"],\"facts\":{\"projectName\":\"园区二期标准厂房\",\"investment\":"
                    + "\"8600000\",\"floorArea\":\"12000\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}",
            "TAX-REG-01", "{\"itemCode\":\"TAX-REG-01\",\"applicant\":{\"kind\":\"ENTERPRISE\",\"idNumber\":"
                    + "\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},"
                    + "\"presented\":[\"application-form\"],\"facts\":{\"accountingSystem\":\"小企业会计准则\","
                    + "\"bankAccount\":\"6222020200112233445\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}");

    static void seed() throws Exception {
        Client admin = Client.signIn();
        List<String> numbers = new ArrayList<>();
        for (Map.Entry<String, String> application : APPLICATIONS.entrySet()) {
            for (int copy = 0; copy < 2; copy++) {
                Client.Reply intake = admin.send("POST", "/api/v1/applications", application.getValue());
                String number = text(intake.body(), "number");
                boolean instant = intake.body().contains("\"code\":\"APPROVED\"");
                List<String> actions = instant ? List.of("DELIVER", "CLOSE")
                        : List.of("DISPATCH", "APPROVE", "DELIVER", "CLOSE");
                for (String action : actions) {
                    Client.Reply reply = admin.send("POST", "/api/v1/cases/" + number + "/actions",
                            "{\"action\":\"" + action + "\",\"note\":\"营业执照（正副本）；张三签收\"}");
                    if (reply.status() != 201) {
                        throw new IllegalStateException(action + " " + number + ": " + reply.body());
                    }
                }
                numbers.add(number);
            }
        }
        // Today's floor: served visits, each producing one of the cases above, so today's statistics have work.
        for (int counter = 1; counter <= 6; counter++) {
            admin.send("POST", "/api/v1/counters/" + counter + "/sign-in", "{\"staff\":\"" + user + "\"}");
        }
        int served = 0;
        for (int i = 0; i < 120; i++) {
            admin.send("POST", "/api/v1/tickets", "{\"queue\":\"A\"}");
            int counter = 1 + i % 3;
            String path = "/api/v1/counters/" + counter + "/";
            if (admin.send("POST", path + "call-next", "{}").status() == 201
                    && admin.send("POST", path + "start", "{}").status() == 201
                    && admin.send("POST", path + "finish", "{\"caseNumbers\":[\"" + numbers.get(i % numbers.size())
                            + "\"]}").status() == 201) {
                served++;
            }
        }
        System.out.printf("seeded %d closed cases (%s) and %d served tickets today%n", numbers.size(), numbers, served);
    }

    // ---- load: clone into the past year ----

    static void load() throws Exception {
        System.setProperty("derby.storage.pageCacheSize", "20000"); // the loader's own cache; the hall keeps its own
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + db)) {
            connection.setAutoCommit(false);
            List<Map<String, Object>> templates = rows(connection,
                    "SELECT * FROM case_file WHERE state = 'CLOSED' AND parent_no IS NULL ORDER BY case_no");
            if (templates.isEmpty()) {
                throw new IllegalStateException("no CLOSED case to clone: run the seed step first");
            }
            Map<String, List<Map<String, Object>>> events = new HashMap<>();
            for (Map<String, Object> template : templates) {
                events.put((String) template.get("CASE_NO"), rows(connection, "SELECT occurred_at, actor, action,"
                        + " subject, data FROM ledger_event WHERE subject = '" + template.get("CASE_NO") + "' ORDER BY seq"));
            }
            List<String> columns = new ArrayList<>(templates.get(0).keySet());
            PreparedStatement insertCase = connection.prepareStatement("INSERT INTO case_file ("
                    + String.join(", ", columns) + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(),
                    "?")) + ")");
            PreparedStatement insertEvent = connection.prepareStatement("INSERT INTO ledger_event (occurred_at, actor,"
                    + " action, subject, data) VALUES (?, ?, ?, ?, ?)");
            PreparedStatement insertCounter = connection.prepareStatement(
                    "INSERT INTO day_counter (counter_day, counter_key, last_number) VALUES (?, 'case', ?)");

            List<LocalDate> days = workingDays(LocalDate.now(CHINA).minusDays(1),
                    (cases + CASES_PER_WORKING_DAY - 1) / CASES_PER_WORKING_DAY);
            LocalDate monthStart = LocalDate.now(CHINA).minusDays(30);
            Random random = new Random(7);
            long started = System.nanoTime();
            long eventCount = 0;
            long monthEvents = 0;
            int made = 0;
            String sampleNumber = "";
            String sampleName = "";
            for (LocalDate day : days) {
                int today = Math.min(CASES_PER_WORKING_DAY, cases - made);
                boolean open = days.indexOf(day) < OPEN_WORKING_DAYS;
                for (int n = 1; n <= today; n++) {
                    Map<String, Object> template = templates.get(made % templates.size());
                    String number = String.format("PH%s%04d", day.toString().replace("-", ""), n);
                    Instant created = day.atTime(9, 0).atZone(CHINA).toInstant()
                            .plusSeconds(random.nextInt(8 * 3600));
                    Map<String, Object> row = new LinkedHashMap<>(template);
                    row.put("CASE_NO", number);
                    row.put("APPLICANT_NAME", "园区企业" + (made % 50_000) + "有限公司");
                    row.put("CREATED_AT", Timestamp.from(created));
                    row.put("UPDATED_AT", Timestamp.from(created.plus(Duration.ofDays(open ? 0 : 2))));
                    row.put("ACCEPTED_ON", Date.valueOf(day));
                    row.put("DUE_ON", Date.valueOf(day.plusDays(3)));
                    if (open) {
                        row.put("STATE", "IN_REVIEW");
                        row.put("RESULT", "");
                        row.put("DELIVERY_NOTE", "");
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = row.get(columns.get(c));
                        if (value instanceof Timestamp timestamp) {
                            insertCase.setTimestamp(c + 1, timestamp, UTC); // the core stores instants in UTC
                        } else {
                            insertCase.setObject(c + 1, value);
                        }
                    }
                    insertCase.addBatch();
                    List<Map<String, Object>> history = events.get((String) template.get("CASE_NO"));
                    for (int e = 0; e < (open ? Math.min(2, history.size()) : history.size()); e++) {
                        Map<String, Object> event = history.get(e);
                        insertEvent.setTimestamp(1, Timestamp.from(created.plus(Duration.ofHours(e * 6L))), UTC);
                        insertEvent.setString(2, (String) event.get("ACTOR"));
                        insertEvent.setString(3, (String) event.get("ACTION"));
                        insertEvent.setString(4, number);
                        insertEvent.setString(5, (String) event.get("DATA"));
                        insertEvent.addBatch();
                        eventCount++;
                        if (!day.isBefore(monthStart)) {
                            monthEvents++;
                        }
                    }
                    made++;
                    if (made % 2000 == 0) {
                        insertCase.executeBatch();
                        insertEvent.executeBatch();
                        connection.commit();
                    }
                    if (made % 100_000 == 0) {
                        System.out.printf("  %,d cases, %,d events, %.0f s%n", made, eventCount,
                                (System.nanoTime() - started) / 1e9);
                    }
                    if (made == cases / 2) {
                        sampleNumber = number;
                        sampleName = (String) row.get("APPLICANT_NAME");
                    }
                }
                insertCounter.setDate(1, Date.valueOf(day));
                insertCounter.setInt(2, today);
                insertCounter.addBatch();
            }
            insertCase.executeBatch();
            insertEvent.executeBatch();
            insertCounter.executeBatch();
            connection.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("loaded %,d cases and %,d ledger events over %d working days (%s … %s) in %.0f s"
                    + " (%.0f rows/s)%n", made, eventCount, days.size(), days.get(days.size() - 1), days.get(0), seconds,
                    (made + eventCount) / seconds);
            try (Statement statistics = connection.createStatement()) {
                // what a DBA would do after a bulk load; the hall does not do it itself
                statistics.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'CASE_FILE', NULL)");
                statistics.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'LEDGER_EVENT', NULL)");
            }
            connection.commit();
            Properties facts = new Properties();
            facts.setProperty("cases", String.valueOf(made));
            facts.setProperty("events", String.valueOf(eventCount));
            facts.setProperty("monthEvents", String.valueOf(monthEvents));
            facts.setProperty("monthStart", monthStart.toString());
            facts.setProperty("sampleNumber", sampleNumber);
            facts.setProperty("sampleName", sampleName);
            facts.setProperty("oldestDay", days.get(days.size() - 1).toString());
            facts.setProperty("loadSeconds", String.format("%.0f", seconds));
            try (var writer = Files.newBufferedWriter(summary)) {
                facts.store(writer, "large history");
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a clean shutdown with an exception (XJ015)
            }
        }
    }

    /** The {@code count} working days (Monday to Friday) up to and including {@code last}, newest first. */
    static List<LocalDate> workingDays(LocalDate last, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = last; days.size() < count; day = day.minusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnName(c), meta.getColumnType(c) == java.sql.Types.TIMESTAMP
                            ? result.getTimestamp(c, UTC) : result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    // ---- time: the calls staff make, against the big database ----

    static void time() throws Exception {
        Properties facts = new Properties();
        try (var reader = Files.newBufferedReader(summary)) {
            facts.load(reader);
        }
        Client admin = Client.signIn();
        String sample = facts.getProperty("sampleNumber");
        String monthEvents = facts.getProperty("monthEvents");
        say("Large history: %s cases, %s ledger events (%s in the last 30 days), oldest %s; load %s s; %s;"
                + " load average %s", facts.getProperty("cases"), facts.getProperty("events"), monthEvents,
                facts.getProperty("oldestDay"), facts.getProperty("loadSeconds"), Instant.now(), loadAverage());
        say("%-62s %6s %10s %10s %10s %12s %9s", "call", "status", "first ms", "median ms", "max ms", "bytes",
                "lines");
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("case lookup by number", "/api/v1/cases/" + sample);
        calls.put("case lookup, another number (cold)", "/api/v1/cases/" + sample.substring(0, 10) + "0042");
        calls.put("case ledger", "/api/v1/cases/" + sample + "/ledger");
        calls.put("today's statistics", "/api/v1/stats");
        calls.put("ledger, newest 50 (console)", "/api/v1/ledger?limit=50");
        calls.put("ledger, newest 1000 (the most one call may ask)", "/api/v1/ledger?limit=1000");
        calls.put("case list, newest 100 (console search)", "/api/v1/cases?limit=100");
        calls.put("case search by applicant name", "/api/v1/cases?q=" + encode(facts.getProperty("sampleName"))
                + "&limit=100");
        calls.put("case search by case number", "/api/v1/cases?q=" + sample + "&limit=100");
        calls.put("case search by credit code (2/3 of all cases), newest 100",
                "/api/v1/cases?q=91350100M000100Y43&limit=100");
        calls.put("inbox: IN_REVIEW, 500", "/api/v1/cases?state=IN_REVIEW&limit=500");
        calls.put("overdue and near-due cases", "/api/v1/cases/overdue");
        calls.put("health", "/api/v1/health");
        calls.put("十有 checklist", "/api/v1/checklist");
        String monthStart = facts.getProperty("monthStart", LocalDate.now(CHINA).minusDays(30).toString());
        String month = "from=" + monthStart + "&to=" + LocalDate.now(CHINA);
        calls.put("month's ledger export, CSV (" + month + ")", "/api/v1/ledger/export?format=csv&" + month);
        calls.put("month's ledger export, JSON lines", "/api/v1/ledger/export?format=jsonl&" + month);
        String year = "from=" + LocalDate.now(CHINA).minusDays(365) + "&to=" + LocalDate.now(CHINA);
        calls.put(YEAR_EXPORT + " (" + year + ")", "/api/v1/ledger/export?format=csv&" + year);
        for (Map.Entry<String, String> call : calls.entrySet()) {
            List<Double> millis = new ArrayList<>();
            String status = "";
            long bytes = 0;
            long lines = 0;
            for (int i = 0; i < (call.getKey().startsWith(YEAR_EXPORT) ? 1 : repeat); i++) {
                long start = System.nanoTime();
                try {
                    HttpResponse<InputStream> reply = admin.exchange("GET", call.getValue(), null,
                            HttpResponse.BodyHandlers.ofInputStream());
                    status = String.valueOf(reply.statusCode());
                    bytes = 0;
                    lines = 0;
                    try (InputStream body = reply.body()) {
                        byte[] buffer = new byte[65536];
                        for (int n; (n = body.read(buffer)) > 0; bytes += n) {
                            for (int b = 0; b < n; b++) {
                                lines += buffer[b] == '\n' ? 1 : 0;
                            }
                        }
                    }
                } catch (IOException e) {
                    status = "failed"; // the server closed the connection: the call could not be answered
                    System.out.println("  " + call.getKey() + ": " + e);
                }
                millis.add((System.nanoTime() - start) / 1e6);
            }
            double first = millis.get(0);
            Collections.sort(millis);
            say("%-62s %6s %10.1f %10.1f %10.1f %12d %9d", call.getKey(), status, first,
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1), bytes, lines);
        }
        say("(%d calls each, the year's export once; 'first' is the first call after boot, median and max over all)",
                repeat);
        say("finished %s; load average %s", Instant.now(), loadAverage());
    }

    // ---- helpers ----

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static void say(String format, Object... values) {
        String line = String.format(format, values);
        System.out.println(line);
        report.append(line).append('\n');
    }

    static final class Client {
        record Reply(int status, String body) {
        }

        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String cookie = "";
        String csrf = "";

        static Client signIn() throws Exception {
            Client client = new Client();
            HttpResponse<String> response = client.exchange("POST", "/api/v1/session",
                    "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
            if (response.statusCode() != 201) {
                throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
            }
            client.cookie = response.headers().allValues("set-cookie").stream()
                    .filter(c -> c.startsWith("PARKHALL_SESSION=")).map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst().orElseThrow();
            client.csrf = text(response.body(), "csrfToken");
            return client;
        }

        Reply send(String method, String path, String body) throws Exception {
            HttpResponse<String> response = exchange(method, path, body);
            return new Reply(response.statusCode(), response.body());
        }

        HttpResponse<String> exchange(String method, String path, String body) throws Exception {
            return exchange(method, path, body, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        <T> HttpResponse<T> exchange(String method, String path, String body, HttpResponse.BodyHandler<T> handler)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(600));
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
            }
            return http.send(request.build(), handler);
        }
    }
}
