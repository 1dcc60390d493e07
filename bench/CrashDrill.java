import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash drill: start the hall, load it (tickets issued and served, cases taken in and moved on), {@code kill -9}
 * the Karaf JVM in the middle, restart, and check that everything the hall acknowledged is still there — each
 * ticket and case in the state it was acknowledged in or a later one (never an earlier one) — and that no ticket
 * label or case number was handed out twice.
 *
 * <pre>java bench/CrashDrill.java --karaf /tmp/bench-hall-crash --port 18581 [--rounds 20] [--load-seconds 6]
 *     [--clients 4] [--survivor-port 18582] [--fault kill|'shell command'] [--out file]</pre>
 *
 * The Karaf copy must be prepared (ports, accounts) by the driver; this program starts and kills it.
 * With {@code --survivor-port}, a second node on the same database (started by the driver, never killed) takes half
 * the clients and goes on serving alone for LOAD_SECONDS after the kill, until the killed node is back; every answer
 * is counted per node and phase (before, during and after the fault). {@code --fault} with a shell command (e.g.
 * {@code pg_ctlcluster 15 drill restart}) runs it instead of the kill: no node is restarted, the round waits until
 * every node answers health 200 again and says how long that took.
 */
public class CrashDrill {
    static Path karaf = Path.of("/tmp/bench-hall-crash");
    static int port = 8181;
    static int rounds = 20;
    static double loadSeconds = 6;
    static int clients = 4;
    static String user = "bench.admin";
    static String password = "Bench-Pass-2026";
    static Path out;
    static int survivorPort;
    static String fault = "kill";
    /** The nodes the clients spread over: the one this program starts and kills, and the survivor if any. */
    static final List<Integer> nodes = new ArrayList<>();
    /** Answers by "node phase status": what each node said before, during and after the fault. */
    static final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    static volatile String phase = "before";

    static final String COMPANY = "{\"itemCode\":\"AMR-REG-01\",\"applicant\":{\"kind\":\"PERSON\","
            + "\"idNumber\":\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},\"presented\":"
            + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":{\"companyName\":"
            + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"},"
            + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";
    static final List<String> TICKET_STATES = List.of("WAITING", "CALLED", "SERVING", "DONE");
    static final List<String> CASE_STATES = List.of("ACCEPTED", "IN_REVIEW", "APPROVED", "DELIVERED");

    /** What the hall last acknowledged for each ticket label (of its day) and each case number. */
    static final Map<String, String> ticketAcked = new ConcurrentHashMap<>();
    static final Map<String, String> ticketDay = new ConcurrentHashMap<>();
    static final Map<String, String> caseAcked = new ConcurrentHashMap<>();
    /** Every label and number handed out, in order: a repeat means one was issued twice. */
    static final List<String> issuedLabels = Collections.synchronizedList(new ArrayList<>());
    static final List<String> issuedNumbers = Collections.synchronizedList(new ArrayList<>());
    static final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    static volatile boolean loading;
    /** Seconds between health saying ready and POST /api/v1/session answering (404 until its servlet is registered). */
    static final List<Double> apiLag = new ArrayList<>();
    static final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--karaf" -> karaf = Path.of(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--load-seconds" -> loadSeconds = Double.parseDouble(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--survivor-port" -> survivorPort = Integer.parseInt(value);
                case "--fault" -> fault = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        nodes.add(port);
        if (survivorPort > 0) {
            nodes.add(survivorPort);
        }
        say("Crash drill: %d rounds of load, %s, %s; %d clients on node(s) %s, ~%.0f s load each; %s; load average %s",
                rounds, fault.equals("kill") ? "kill -9 of :" + port : "fault `" + fault + "`",
                fault.equals("kill") ? "restart" : "no restart", clients, nodes, loadSeconds, Instant.now(),
                loadAverage());
        say("%-5s %12s %10s %10s %10s %10s %10s %10s", "round", "ready (s)", "tickets", "cases", "missing",
                "went back", "dup label", "dup case");
        Random random = new Random(42);
        Process hall = start();
        double firstBoot = waitReady(hall, port);
        if (survivorPort > 0) {
            waitReady(null, survivorPort);
        }
        List<Double> restarts = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int ticketsBefore = issuedLabels.size();
            int casesBefore = issuedNumbers.size();
            int problemsBefore = problems.size();
            phase = "before";
            List<Thread> load = startLoad();
            Thread.sleep((long) (loadSeconds * 1000 * (0.5 + random.nextDouble()))); // the fault at a varying moment
            phase = "during";
            double ready;
            if (fault.equals("kill")) {
                hall.destroyForcibly(); // SIGKILL: the JVM gets no chance to flush or close anything
                hall.waitFor();
                if (survivorPort > 0) {
                    Thread.sleep((long) (loadSeconds * 1000)); // the survivor serves alone
                } else {
                    stop(load);
                }
                hall = start();
                ready = waitReady(hall, port);
            } else {
                long faultStart = System.nanoTime();
                new ProcessBuilder("sh", "-c", fault).inheritIO().start().waitFor();
                for (int node : nodes) {
                    waitReady(null, node);
                }
                ready = (System.nanoTime() - faultStart) / 1e9;
            }
            phase = "after";
            Thread.sleep(survivorPort > 0 || !fault.equals("kill") ? 2000 : 0);
            stop(load);
            restarts.add(ready);
            Check check = verify(nodes.get(nodes.size() - 1));
            say("%-5d %12.1f %10d %10d %10d %10d %10d %10d", round, ready, issuedLabels.size() - ticketsBefore,
                    issuedNumbers.size() - casesBefore, check.missing, check.wrongState, check.duplicateLabels,
                    check.duplicateNumbers);
            problems.subList(problemsBefore, problems.size()).stream().limit(5).forEach(p -> say("      %s", p));
        }
        Check last = verify(nodes.get(nodes.size() - 1));
        hall.destroy(); // SIGTERM: a clean stop at the end
        hall.waitFor();

        Collections.sort(restarts);
        say("");
        say("== crash drill summary ==");
        say("  first boot to ready (empty data/): %.1f s", firstBoot);
        say("  %s: median %.1f s, max %.1f s, min %.1f s (%d rounds)", fault.equals("kill")
                ? "restart to ready after kill -9" : "fault to every node ready again, no restart",
                restarts.get(restarts.size() / 2), restarts.get(restarts.size() - 1), restarts.get(0), restarts.size());
        say("  sign-in endpoint answered after health was ready by: max %.2f s (0 = at once)",
                apiLag.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        say("  acknowledged tickets %d, cases %d", issuedLabels.size(), issuedNumbers.size());
        say("  missing after restart: %d (goal 0); back in an earlier state than acknowledged: %d (goal 0)",
                last.missing, last.wrongState);
        say("  ticket labels issued twice: %d, case numbers issued twice: %d (goal 0)", last.duplicateLabels,
                last.duplicateNumbers);
        if (nodes.size() > 1 || !fault.equals("kill")) {
            say("  answers by node, phase and status (all rounds; 'no answer' = connection refused or timed out):");
            new TreeMap<>(answers).forEach((key, count) -> say("    %-40s %8d", key, count.sum()));
        }
        say("finished %s; load average %s", Instant.now(), loadAverage());
        if (out != null) {
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        }
    }

    // ---- Karaf ----

    static Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(karaf.resolve("bin/karaf").toString(), "server")
                .directory(karaf.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(karaf.toFile(), "console.log")));
        builder.environment().put("KARAF_EXEC", "exec"); // the script execs java: this process is the JVM
        return builder.start();
    }

    static void stop(List<Thread> load) throws InterruptedException {
        loading = false;
        for (Thread thread : load) {
            thread.join(70_000);
        }
    }

    /** Seconds from now until health on {@code node} says every item is available ({@code hall}: its JVM, if ours). */
    static double waitReady(Process hall, int node) throws Exception {
        long start = System.nanoTime();
        Client probe = new Client(node, false);
        while (true) {
            if (hall != null && !hall.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + hall.exitValue() + " while starting");
            }
            try {
                Reply health = probe.send("GET", "/api/v1/health", null);
                Matcher total = Pattern.compile("\"itemsTotal\":(\\d+),\"itemsAvailable\":(\\d+)").matcher(health.body());
                if (health.status() == 200 && total.find() && Integer.parseInt(total.group(1)) > 0
                        && total.group(1).equals(total.group(2))) {
                    double ready = (System.nanoTime() - start) / 1e9;
                    // Health can answer before the other API servlets are registered: note how much later sign-in works.
                    while (probe.send("POST", "/api/v1/session", "{\"username\":\"-\",\"password\":\"-\"}").status() == 404) {
                        Thread.sleep(50);
                    }
                    apiLag.add((System.nanoTime() - start) / 1e9 - ready);
                    return ready;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > 600e9) {
                throw new IllegalStateException("not ready after 600 s");
            }
            Thread.sleep(100);
        }
    }

    // ---- load ----

    static List<Thread> startLoad() throws Exception {
        loading = true;
        Client admin = Client.signIn(port, true);
        for (int counter = 1; counter <= 6; counter++) {
            admin.send("POST", "/api/v1/counters/" + counter + "/sign-in", "{\"staff\":\"" + user + "\"}");
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            int node = nodes.get((i / 3) % nodes.size()); // a kiosk, a counter and a clerk on each node in turn
            Runnable work = switch (i % 3) {
                case 0 -> () -> issueTickets(client, node);
                case 1 -> () -> serveAtCounter(1 + (client / 3) % 6, node);
                default -> () -> takeCases(node);
            };
            Thread thread = new Thread(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // the crash ends the load
                }
            });
            threads.add(thread);
            thread.start();
        }
        return threads;
    }

    static void issueTickets(int client, int node) {
        Client visitor = new Client(node, true);
        String[] queues = {"A", "B", "C", "F"};
        int n = client;
        while (loading) {
            String queue = queues[n++ % queues.length];
            Reply reply = quietly(() -> visitor.send("POST", "/api/v1/tickets", "{\"queue\":\"" + queue + "\"}"));
            if (reply != null && reply.status() == 201) {
                String label = text(reply.body(), "label");
                issuedLabels.add(text(reply.body(), "day") + "/" + label);
                ticketDay.put(label, text(reply.body(), "day"));
                acknowledge(ticketAcked, TICKET_STATES, label, stateOf(reply.body()));
            }
        }
    }

    /**
     * Remembers the furthest state the hall acknowledged: a counter may call a ticket before the kiosk thread has
     * read the answer to its issue, so answers can arrive out of order.
     */
    static void acknowledge(Map<String, String> acked, List<String> order, String key, String state) {
        acked.merge(key, state, (old, now) -> order.indexOf(now) > order.indexOf(old) ? now : old);
    }

    /** Calls, starts and finishes tickets at one counter, remembering each acknowledged step. */
    static void serveAtCounter(int counter, int node) {
        Client clerk = quietly(() -> Client.signIn(node, true));
        if (clerk == null) {
            return;
        }
        String path = "/api/v1/counters/" + counter + "/";
        // a ticket left in hand by the previous crash is finished first
        for (String step : List.of("start", "finish")) {
            Reply reply = quietly(() -> clerk.send("POST", path + step, step.equals("finish")
                    ? "{\"caseNumbers\":[]}" : "{}"));
            if (reply != null && reply.status() == 201) {
                acknowledge(ticketAcked, TICKET_STATES, text(reply.body(), "label"), stateOf(reply.body()));
            }
        }
        while (loading) {
            for (String step : List.of("call-next", "start", "finish")) {
                Reply reply = quietly(() -> clerk.send("POST", path + step, step.equals("finish")
                        ? "{\"caseNumbers\":[]}" : "{}"));
                if (reply == null || reply.status() != 201 || reply.body().contains("\"called\":false")) {
                    sleep(100);
                    break;
                }
                acknowledge(ticketAcked, TICKET_STATES, text(reply.body(), "label"), stateOf(reply.body()));
            }
        }
    }

    static void takeCases(int node) {
        Client clerk = quietly(() -> Client.signIn(node, true));
        if (clerk == null) {
            return;
        }
        while (loading) {
            Reply intake = quietly(() -> clerk.send("POST", "/api/v1/applications", COMPANY));
            if (intake == null || intake.status() != 201) {
                continue;
            }
            String number = text(intake.body(), "number");
            issuedNumbers.add(number);
            acknowledge(caseAcked, CASE_STATES, number, stateOf(intake.body()));
            for (String action : List.of("DISPATCH", "APPROVE", "DELIVER")) {
                Reply reply = quietly(() -> clerk.send("POST", "/api/v1/cases/" + number + "/actions",
                        "{\"action\":\"" + action + "\",\"note\":\"bench\"}"));
                if (reply == null || reply.status() != 201) {
                    break;
                }
                acknowledge(caseAcked, CASE_STATES, number, stateOf(reply.body()));
            }
        }
    }

    // ---- verification ----

    record Check(long missing, long wrongState, long duplicateLabels, long duplicateNumbers) {
    }

    static Check verify(int node) throws Exception {
        Client admin = Client.signIn(node, false);
        long missing = 0;
        long wrongState = 0;
        // The hall's service day (China time): only today's tickets can be looked up by label. The probe ticket
        // is an acknowledged ticket like the others.
        Reply probe = admin.send("POST", "/api/v1/tickets", "{\"queue\":\"F\"}");
        String today = text(probe.body(), "day");
        if (probe.status() == 201) {
            String label = text(probe.body(), "label");
            issuedLabels.add(today + "/" + label);
            ticketDay.put(label, today);
            acknowledge(ticketAcked, TICKET_STATES, label, stateOf(probe.body()));
        }
        for (Map.Entry<String, String> ticket : new HashMap<>(ticketAcked).entrySet()) {
            if (!ticketDay.getOrDefault(ticket.getKey(), today).equals(today)) {
                continue;
            }
            Reply stored = admin.send("GET", "/api/v1/tickets/" + ticket.getKey(), null);
            if (stored.status() != 200) {
                missing++;
                problems.add("ticket " + ticket.getKey() + " acknowledged as " + ticket.getValue() + ": " + stored.status());
            } else if (!stateFollows(TICKET_STATES, ticket.getValue(), stateOf(stored.body()))) {
                wrongState++;
                problems.add("ticket " + ticket.getKey() + " acknowledged " + ticket.getValue() + ", stored "
                        + stateOf(stored.body()));
            }
        }
        for (Map.Entry<String, String> file : new HashMap<>(caseAcked).entrySet()) {
            Reply stored = admin.send("GET", "/api/v1/cases/" + file.getKey(), null);
            if (stored.status() != 200) {
                missing++;
                problems.add("case " + file.getKey() + " acknowledged as " + file.getValue() + ": " + stored.status());
            } else if (!stateFollows(CASE_STATES, file.getValue(), stateOf(stored.body()))) {
                wrongState++;
                problems.add("case " + file.getKey() + " acknowledged " + file.getValue() + ", stored "
                        + stateOf(stored.body()));
            }
        }
        // Today's list as the hall keeps it must not hold a label twice; nor may two answers have given one label.
        List<String> listed = all(admin.send("GET", "/api/v1/tickets", null).body(), "\"label\":\"([A-Z]\\d+)\"");
        long duplicateLabels = duplicates(issuedLabels) + duplicates(listed);
        long duplicateNumbers = duplicates(issuedNumbers);
        return new Check(missing, wrongState, duplicateLabels, duplicateNumbers);
    }

    /**
     * The stored state is the acknowledged one or a later one. Later is right, not lost: other clients move the
     * same tickets on (a counter calls and finishes what a kiosk client took), and a step committed just before a
     * kill is stored although its answer never arrived. Only a state earlier than acknowledged is a loss.
     */
    static boolean stateFollows(List<String> order, String acknowledged, String stored) {
        int a = order.indexOf(acknowledged);
        int s = order.indexOf(stored);
        return a >= 0 && s >= a;
    }

    static long duplicates(List<String> values) {
        List<String> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        return copy.size() - copy.stream().distinct().count();
    }

    // ---- helpers ----

    interface Call<T> {
        T run() throws Exception;
    }

    /** The call's answer, or null when the hall is down (the crash); the load goes on until told to stop. */
    static <T> T quietly(Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            sleep(50);
            return null;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String stateOf(String json) {
        int at = json.indexOf("\"state\":{");
        return at < 0 ? "" : text(json.substring(at), "code");
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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

    record Reply(int status, String body) {
    }

    static final class Client {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final int node;
        /** Whether its answers go into {@link #answers}: the load's do, the drill's own probes and checks not. */
        final boolean counted;
        String cookie = "";
        String csrf = "";

        Client(int node, boolean counted) {
            this.node = node;
            this.counted = counted;
        }

        static Client signIn(int node, boolean counted) throws Exception {
            Client client = new Client(node, counted);
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
            HttpResponse<String> response;
            try {
                response = exchange(method, path, body);
            } catch (IOException e) {
                count("no answer");
                throw e;
            }
            // an error names its code: a 503 `unavailable` is the documented answer while the database is away
            count(response.statusCode() + (response.statusCode() >= 400 ? " " + text(response.body(), "code") : ""));
            return new Reply(response.statusCode(), response.body());
        }

        void count(String status) {
            if (counted) {
                answers.computeIfAbsent(":" + node + " " + phase + " " + status, key -> new LongAdder()).increment();
            }
        }

        HttpResponse<String> exchange(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node + path))
                    .timeout(Duration.ofSeconds(60));
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
