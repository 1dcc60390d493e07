import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ticket and case throughput over REST with N concurrent clients, measured in the same run as its two limits:
 * the HTTP limit (a static resource served by a servlet of the same Karaf) and the durable-commit limit (a bare
 * JDBC INSERT+COMMIT loop on embedded Derby with the hall's settings, i.e. Derby's defaults: log synced on commit).
 *
 * <pre>java -cp derby.jar bench/Throughput.java --base http://127.0.0.1:18381 --clients 8 --seconds 30
 *     [--warmup 5] [--phases http,tickets,cases,commit|mixed] [--derby-dir /tmp/x] [--out file]</pre>
 *
 * A ticket cycle is 4 requests and 4 transactions: issue (public) → call-next → start → finish at a counter. A case
 * cycle is 4 requests and 4 transactions: intake of AMR-REG-01 (goes ACCEPTED) → DISPATCH → APPROVE → DELIVER.
 * Each counter serves one visitor at a time (the hall refuses a second call while one is in hand), so clients that
 * share a counter take turns at it; the issue step is not serialised.
 */
public class Throughput {
    static final String COMPANY = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":{\"kind\":\"PERSON\","
            + "\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},\"presented\":"
            + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":{\"companyName\":"
            + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"},"
            + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";

    // ---- options ----
    static String base = "http://127.0.0.1:8181";
    static int clients = 8;
    static int seconds = 30;
    static int warmup = 5;
    static List<String> phases = List.of("http", "tickets", "cases", "commit", "commit-newconn");
    static String user = "bench.admin";
    static String password = "Bench-Pass-2026";
    static Path derbyDir;
    static Path out;
    /** When given, a phase also ends as soon as this file exists (the hot-redeploy drill says when it is done). */
    static Path stopFile;

    /** Latencies and errors of one request type during the measured window. */
    static final class Stat {
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    }

    static final Map<String, Stat> stats = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> cycles = new ConcurrentHashMap<>();
    /** Calls that found nobody waiting (another counter took the ticket first): not a cycle. */
    static final AtomicLong nobodyWaiting = new AtomicLong();
    static final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    static volatile boolean measuring;
    static volatile boolean running;
    static final Map<String, double[]> limits = new TreeMap<>();
    static final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = value;
                case "--clients" -> clients = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--phases" -> phases = List.of(value.split(","));
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--derby-dir" -> derbyDir = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--stop-file" -> stopFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        say("Parkhall throughput: %d clients, %d s measured per phase after %d s warm-up, against %s",
                clients, seconds, warmup, base);
        say("started %s; load average %s", Instant.now(), loadAverage());
        Map<String, double[]> phaseRates = new TreeMap<>();
        for (String phase : phases) {
            phaseRates.put(phase, runPhase(phase));
        }
        printSummary(phaseRates);
        say("finished %s; load average %s", Instant.now(), loadAverage());
        if (out != null) {
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Runs one phase; answers {cycles/s, requests/s} over the measured window. */
    static double[] runPhase(String phase) throws Exception {
        stats.clear();
        cycles.clear();
        errorSamples.clear();
        if (phase.startsWith("commit")) {
            return commitLimit(phase.equals("commit-newconn"));
        }
        Hall admin = Hall.signIn();
        if (phase.equals("tickets") || phase.equals("mixed")) {
            prepareCounters(admin);
        }
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(clients);
        running = true;
        for (int i = 0; i < clients; i++) {
            int client = i;
            String kind = switch (phase) {
                case "mixed" -> client % 2 == 0 ? "tickets" : "cases";
                default -> phase;
            };
            Thread thread = new Thread(() -> clientLoop(kind, client, ready), phase + "-" + i);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        Thread.sleep(warmup * 1000L);
        measuring = true;
        long started = System.nanoTime();
        while (System.nanoTime() - started < seconds * 1_000_000_000L && (stopFile == null || !Files.exists(stopFile))) {
            Thread.sleep(200);
        }
        measuring = false;
        double elapsed = (System.nanoTime() - started) / 1e9;
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        long cycleCount = cycles.values().stream().mapToLong(AtomicLong::get).sum();
        long requests = stats.values().stream().mapToLong(s -> s.micros.size()).sum();
        say("");
        say("== phase %s (%d clients, %.1f s) ==", phase, clients, elapsed);
        cycles.forEach((kind, count) -> say("  %-8s cycles: %d  (%.1f cycles/s)", kind, count.get(),
                count.get() / elapsed));
        printRequests(elapsed);
        if (phase.equals("http")) {
            limits.put("http", new double[] {requests / elapsed});
        }
        return new double[] {cycleCount / elapsed, requests / elapsed};
    }

    static void clientLoop(String kind, int client, CountDownLatch ready) {
        try {
            Hall hall = kind.equals("http") ? new Hall() : Hall.signIn();
            ready.countDown();
            while (running) {
                try {
                    switch (kind) {
                        case "http" -> hall.call("http.static", "GET", "/assets/hall.css", null, false);
                        case "tickets" -> ticketCycle(hall, 1 + client % 6);
                        case "cases" -> caseCycle(hall);
                        default -> throw new IllegalStateException(kind);
                    }
                } catch (StepFailed e) {
                    Thread.sleep(50); // the failure is counted; do not spin on a broken step
                }
            }
        } catch (Exception e) {
            errorSamples.add(kind + " client " + client + " stopped: " + e);
            ready.countDown();
        }
    }

    // ---- the hall floor ----

    static final Map<Integer, ReentrantLock> counterLocks = new ConcurrentHashMap<>();
    static final Map<Integer, String> counterQueue = new ConcurrentHashMap<>();

    /** Opens counters 1..6 (a counter already open is fine) and clears any ticket left in hand. */
    static void prepareCounters(Hall admin) throws Exception {
        String counters = admin.call("setup", "GET", "/api/v1/counters", null, false).body();
        for (int counter = 1; counter <= 6; counter++) {
            Matcher queues = Pattern.compile("\"number\":" + counter + ",\"name\":\"[^\"]*\",\"queues\":\\[\"([A-Z])\"")
                    .matcher(counters);
            counterQueue.put(counter, queues.find() ? queues.group(1) : "A");
            counterLocks.put(counter, new ReentrantLock(true));
            admin.call("setup", "POST", "/api/v1/counters/" + counter + "/sign-in", "{\"staff\":\"" + user + "\"}", true);
            admin.call("setup", "POST", "/api/v1/counters/" + counter + "/start", "{}", true);
            admin.call("setup", "POST", "/api/v1/counters/" + counter + "/finish", "{\"caseNumbers\":[]}", true);
        }
    }

    static void ticketCycle(Hall hall, int counter) throws Exception {
        hall.expect("ticket.issue", "POST", "/api/v1/tickets", "{\"queue\":\"" + counterQueue.get(counter) + "\"}", false);
        ReentrantLock lock = counterLocks.get(counter);
        lock.lock();
        try {
            String called = hall.expect("ticket.call-next", "POST", "/api/v1/counters/" + counter + "/call-next", "{}",
                    true);
            if (called.contains("\"called\":false")) {
                if (measuring) {
                    nobodyWaiting.incrementAndGet();
                }
                return; // another counter took the ticket first; nothing in hand
            }
            hall.expect("ticket.start", "POST", "/api/v1/counters/" + counter + "/start", "{}", true);
            hall.expect("ticket.finish", "POST", "/api/v1/counters/" + counter + "/finish", "{\"caseNumbers\":[]}", true);
        } finally {
            lock.unlock();
        }
        count("tickets");
    }

    // ---- cases ----

    static void caseCycle(Hall hall) throws Exception {
        String intake = hall.expect("case.intake", "POST", "/api/v1/applications", COMPANY, true);
        if (!intake.contains("\"code\":\"ACCEPTED\"")) {
            hall.fail("case.intake", "not ACCEPTED: " + abbreviate(intake));
        }
        String number = Json.text(intake, "number");
        String actions = "/api/v1/cases/" + number + "/actions";
        hall.expect("case.dispatch", "POST", actions, "{\"action\":\"DISPATCH\",\"note\":\"\"}", true);
        hall.expect("case.approve", "POST", actions, "{\"action\":\"APPROVE\",\"note\":\"营业执照（正副本）\"}", true);
        hall.expect("case.deliver", "POST", actions, "{\"action\":\"DELIVER\",\"note\":\"张三 当场签收\"}", true);
        count("cases");
    }

    static void count(String kind) {
        if (measuring) {
            cycles.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }
    }

    // ---- the durable-commit limit ----

    /** N threads, each INSERT + COMMIT of one ledger-shaped row; newConnection opens a connection per commit. */
    static double[] commitLimit(boolean newConnection) throws Exception {
        Path dir = derbyDir != null ? derbyDir : Files.createTempDirectory("bench-derby");
        System.setProperty("derby.system.home", dir.toString());
        String url = "jdbc:derby:" + dir.resolve("limit") + ";create=true";
        try (Connection connection = DriverManager.getConnection(url); Statement ddl = connection.createStatement()) {
            if (!connection.getMetaData().getTables(null, null, "LEDGER_EVENT", null).next()) {
                ddl.execute("CREATE TABLE ledger_event (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " occurred_at TIMESTAMP NOT NULL, actor VARCHAR(100) NOT NULL, action VARCHAR(40) NOT NULL,"
                        + " subject VARCHAR(60) NOT NULL, data VARCHAR(32000) NOT NULL)");
                ddl.execute("CREATE INDEX ledger_event_subject ON ledger_event (subject, seq)");
                ddl.execute("CREATE INDEX ledger_event_time ON ledger_event (occurred_at)");
            }
        }
        String name = newConnection ? "jdbc.insert+commit (connection per commit)" : "jdbc.insert+commit";
        List<Thread> threads = new ArrayList<>();
        running = true;
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                try {
                    Connection shared = newConnection ? null : DriverManager.getConnection(url);
                    long n = 0;
                    while (running) {
                        long start = System.nanoTime();
                        Connection connection = newConnection ? DriverManager.getConnection(url) : shared;
                        connection.setAutoCommit(false);
                        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ledger_event"
                                + " (occurred_at, actor, action, subject, data) VALUES (?, ?, ?, ?, ?)")) {
                            insert.setTimestamp(1, Timestamp.from(Instant.now()));
                            insert.setString(2, "bench");
                            insert.setString(3, "TICKET_ISSUED");
                            insert.setString(4, "T" + client + "-" + n++);
                            insert.setString(5, "{\"queue\":\"A\",\"priority\":\"NONE\"}");
                            insert.executeUpdate();
                        }
                        connection.commit();
                        if (newConnection) {
                            connection.close();
                        }
                        record(name, System.nanoTime() - start);
                    }
                    if (shared != null) {
                        shared.close();
                    }
                } catch (Exception e) {
                    errorSamples.add("commit thread: " + e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(Math.min(warmup, 3) * 1000L);
        measuring = true;
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - started) / 1e9;
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        long commits = stats.values().stream().mapToLong(s -> s.micros.size()).sum();
        say("");
        say("== phase %s (%d threads, %.1f s, Derby %s) ==", newConnection ? "commit-newconn" : "commit", clients,
                elapsed, dir);
        printRequests(elapsed);
        limits.put(newConnection ? "commit-newconn" : "commit", new double[] {commits / elapsed});
        return new double[] {commits / elapsed, commits / elapsed};
    }

    // ---- reporting ----

    static void record(String type, long nanos) {
        if (measuring) {
            stats.computeIfAbsent(type, k -> new Stat()).micros.add(nanos / 1000);
        }
    }

    static void printRequests(double elapsed) {
        say("  %-44s %8s %7s %9s %9s %9s %9s %9s", "request", "count", "errors", "per s", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        new TreeMap<>(stats).forEach((type, stat) -> {
            List<Long> sorted = new ArrayList<>(stat.micros);
            Collections.sort(sorted);
            long errors = stat.errors.values().stream().mapToLong(AtomicLong::get).sum();
            say("  %-44s %8d %7d %9.1f %9.2f %9.2f %9.2f %9.2f", type, sorted.size(), errors,
                    sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
            stat.errors.forEach((kind, count) -> say("      error %s × %d", kind, count.get()));
        });
        if (nobodyWaiting.get() > 0) {
            say("  calls that found nobody waiting (not counted as cycles): %d", nobodyWaiting.getAndSet(0));
        }
        synchronized (errorSamples) {
            errorSamples.stream().limit(5).forEach(sample -> say("      sample: %s", sample));
        }
    }

    static void printSummary(Map<String, double[]> rates) {
        say("");
        say("== summary (%d clients) ==", clients);
        double http = limits.getOrDefault("http", new double[] {0})[0];
        double commit = limits.getOrDefault("commit", new double[] {0})[0];
        say("  HTTP limit   GET /assets/hall.css                 %10.1f requests/s", http);
        say("  commit limit Derby INSERT+COMMIT, %2d threads      %10.1f commits/s", clients, commit);
        if (limits.containsKey("commit-newconn")) {
            say("               same, new connection per commit     %10.1f commits/s",
                    limits.get("commit-newconn")[0]);
        }
        say("  %-10s %12s %14s %16s %18s", "workload", "cycles/s", "requests/s", "÷ HTTP limit", "÷ commit limit");
        for (String phase : List.of("tickets", "cases", "mixed")) {
            if (rates.containsKey(phase)) {
                double cyclesPerSecond = rates.get(phase)[0];
                // 4 requests and 4 committed transactions per cycle
                say("  %-10s %12.1f %14.1f %15.1f%% %17.1f%%", phase, cyclesPerSecond, rates.get(phase)[1],
                        http > 0 ? 100 * rates.get(phase)[1] / http : 0,
                        commit > 0 ? 100 * 4 * cyclesPerSecond / commit : 0);
            }
        }
        say("  (a cycle is 4 requests and 4 transactions; ratios compare requests/s with the HTTP limit and");
        say("   4 × cycles/s with the commit limit)");
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
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
        synchronized (report) {
            report.append(line).append('\n');
        }
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static final class StepFailed extends Exception {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    // ---- HTTP: one client per simulated user, with its own connection and session ----

    record Reply(int status, String body) {
    }

    static final class Hall {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String cookie = "";
        String csrf = "";

        static Hall signIn() throws Exception {
            Hall hall = new Hall();
            HttpResponse<String> response = hall.send("POST", "/api/v1/session",
                    "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", false);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
            }
            hall.cookie = response.headers().allValues("set-cookie").stream()
                    .filter(c -> c.startsWith("PARKHALL_SESSION=")).map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst().orElseThrow();
            hall.csrf = Json.text(response.body(), "csrfToken");
            return hall;
        }

        HttpResponse<String> send(String method, String path, String body, boolean staff) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60));
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            if (staff && !cookie.isEmpty()) {
                request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** A timed request; any answer is returned, errors (status ≥ 400 or I/O) are counted under its type. */
        Reply call(String type, String method, String path, String body, boolean staff) throws Exception {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = send(method, path, body, staff);
                record(type, System.nanoTime() - start);
                if (response.statusCode() >= 400 && !type.equals("setup")) {
                    error(type, response.statusCode() + " " + Json.errorCode(response.body()), response.body());
                }
                return new Reply(response.statusCode(), response.body());
            } catch (IOException e) {
                record(type, System.nanoTime() - start);
                error(type, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                return new Reply(0, "");
            }
        }

        /** A timed request that must succeed; a failure is counted and ends the cycle. */
        String expect(String type, String method, String path, String body, boolean staff) throws Exception {
            Reply reply = call(type, method, path, body, staff);
            if (reply.status() < 200 || reply.status() >= 300) {
                throw new StepFailed(type + " failed");
            }
            return reply.body();
        }

        void fail(String type, String detail) throws StepFailed {
            error(type, "unexpected answer", detail);
            throw new StepFailed(type + ": " + detail);
        }

        static void error(String type, String kind, String detail) {
            if (measuring) {
                stats.computeIfAbsent(type, k -> new Stat()).errors.computeIfAbsent(kind, k -> new AtomicLong())
                        .incrementAndGet();
                if (errorSamples.size() < 20) {
                    errorSamples.add(type + " → " + kind + ": " + abbreviate(detail));
                }
            }
        }
    }

    /** Just enough JSON for these answers (compact Gson output): the first string value of a field. */
    static final class Json {
        static String text(String json, String field) {
            Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
            return m.find() ? m.group(1) : "";
        }

        static String errorCode(String json) {
            String code = json.contains("\"error\"") ? text(json, "code") : "";
            return code.isEmpty() ? "" : code;
        }
    }
}
