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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hot redeploy under load: a department's feature is uninstalled and installed again {@code --swaps} times through
 * the Karaf client while applicants keep applying, for other departments' items and for the swapped ones.
 *
 * <pre>java bench/HotRedeploy.java --base http://127.0.0.1:18381 --karaf /tmp/bench-hall --ssh-port 18301
 *     [--swaps 50] [--feature parkhall-dept-housing] [--department housing] [--out file]</pre>
 *
 * Counts: failed requests for other departments (goal 0); requests for the swapped items that failed with anything
 * but 409 item_unavailable (goal 0); acknowledged cases no longer readable afterwards (goal 0); heap and Felix
 * bundle class loaders after a full GC, before and after (a leak keeps old class loaders alive).
 */
public class HotRedeploy {
    static String base = "http://127.0.0.1:8181";
    static Path karaf = Path.of("/tmp/bench-hall");
    static int sshPort = 8101;
    static int swaps = 50;
    static String feature = "parkhall-dept-housing";
    static String department = "housing";
    static String user = "bench.admin";
    static String password = "Bench-Pass-2026";
    static String opsUser = "bench.ops";
    static String opsPassword = "Bench-Ops-2026";
    static Path out;
    static Path stopFile;

    /** One complete application per item: every material presented, facts that make it ACCEPTED (or decided). */
    static final Map<String, String> OTHER_ITEMS = Map.of(
            "AMR-REG-01", "{\"itemCode\":\"AMR-REG-01\",\"applicant\":{\"kind\":\"PERSON\",\"idNumber\":"
                    + "\"110101199003074514\",\"name\":\"张三\",\"phone\":\"13812345678\"},\"presented\":"
                    + "[\"application-form\",\"articles\",\"shareholder-ids\",\"premises\"],\"facts\":{\"companyName\":"
                    + "\"上海庙能源科技有限公司\",\"registeredCapital\":\"100\",\"shareholders\":\"2\",\"payInYears\":\"5\"},"
                    + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}",
            "TAX-REG-01", "{\"itemCode\":\"TAX-REG-01\",\"applicant\":{\"kind\":\"ENTERPRISE\",\"idNumber\":"
                    + "\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},"
                    + "\"presented\":[\"application-form\"],\"facts\":{\"accountingSystem\":\"小企业会计准则\","
                    + "\"bankAccount\":\"6222020200112233445\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}",
            "HRSS-SI-01", "{\"itemCode\":\"HRSS-SI-01\",\"applicant\":{\"kind\":\"ENTERPRISE\",\"idNumber\":"
                    + "\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},"
                    + "\"presented\":[\"application-form\",\"business-licence\"],\"facts\":{\"establishedOn\":"
                    + "\"2026-01-05\",\"employees\":\"12\",\"bankAccount\":\"6222020200112233445\"},"
                    + "\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}");
    static final String SWAPPED_ITEM = "{\"itemCode\":\"HOUS-CP-01\",\"applicant\":{\"kind\":\"ENTERPRISE\",\"idNumber\":"
            + "\"91350100M000100Y43\",\"name\":\"上海庙能源科技有限公司\",\"phone\":\"0477-7612345\"},\"presented\":"
            + "[\"application-form\",\"land-approval\",\"planning-permit\",\"drawing-review\",\"contractor\","
            + "\"safety-measures\",\"funds-pledge\"],\"facts\":{\"projectName\":\"园区二期标准厂房\",\"investment\":"
            + "\"8600000\",\"floorArea\":\"12000\"},\"delivery\":{\"mode\":\"WINDOW_PICKUP\"}}";

    static final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    static final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    static final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    static volatile boolean running = true;
    static final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = value;
                case "--karaf" -> karaf = Path.of(value);
                case "--ssh-port" -> sshPort = Integer.parseInt(value);
                case "--swaps" -> swaps = Integer.parseInt(value);
                case "--feature" -> feature = value;
                case "--department" -> department = value;
                case "--out" -> out = Path.of(value);
                case "--stop-file" -> stopFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long pid = Long.parseLong(Files.readString(karaf.resolve("karaf.pid")).strip());
        say("Hot redeploy: %d × feature:uninstall/install %s under load; Karaf pid %d; started %s; load average %s",
                swaps, feature, pid, Instant.now(), loadAverage());
        Heap before = heap(pid);
        say("before: %s", before);

        Client admin = Client.signIn();
        List<Thread> applicants = List.of(
                new Thread(() -> applyLoop(admin, false), "other-departments"),
                new Thread(() -> applyLoop(Client.signInQuietly(), true), "swapped-department"));
        applicants.forEach(Thread::start);

        List<Double> away = new ArrayList<>();
        List<Double> back = new ArrayList<>();
        for (int swap = 1; swap <= swaps; swap++) {
            away.add(shell("feature:uninstall " + feature, "UNAVAILABLE"));
            back.add(shell("feature:install " + feature, "AVAILABLE"));
            if (swap % 10 == 0) {
                say("  swap %d/%d done; after full GC %s; outcomes so far %s", swap, swaps, heap(pid),
                        new TreeMap<>(outcomes));
            }
        }
        running = false;
        for (Thread applicant : applicants) {
            applicant.join(120_000);
        }
        if (stopFile != null) {
            Files.writeString(stopFile, "done"); // tells the throughput load beside us to finish
        }

        // Every acknowledged case must still be readable, with its number.
        long lost = 0;
        for (String number : new ArrayList<>(acknowledged)) {
            Reply reply = admin.send("GET", "/api/v1/cases/" + number, null);
            if (reply.status() != 200 || !reply.body().contains("\"number\":\"" + number + "\"")) {
                lost++;
                failures.add("case " + number + " not readable: " + reply.status());
            }
        }
        Heap after = heap(pid);
        say("  largest classes on the heap after the last full GC (what the heap growth is made of):");
        run("jcmd", String.valueOf(pid), "GC.class_histogram").lines().skip(1).limit(14)
                .forEach(line -> say("    %s", line));

        say("");
        say("== hot redeploy: %d swaps of %s ==", swaps, feature);
        say("  uninstall → items unavailable: median %.2f s, max %.2f s", median(away), max(away));
        say("  install   → items available:   median %.2f s, max %.2f s", median(back), max(back));
        say("  %-58s %8s", "outcome", "count");
        new TreeMap<>(outcomes).forEach((kind, count) -> say("  %-58s %8d", kind, count.get()));
        long otherFailed = count("other: failed");
        long swappedFailed = count("swapped: failed");
        say("");
        say("  %-58s %8d   (goal 0)", "failed requests for other departments", otherFailed);
        say("  %-58s %8d   (goal 0)", "swapped-item requests failed other than 409 item_unavailable", swappedFailed);
        say("  %-58s %8d   (goal 0, of %d acknowledged)", "cases lost", lost, acknowledged.size());
        say("  %-58s %8s → %s", "heap used after full GC (MiB)", before.usedMiB, after.usedMiB);
        say("  %-58s %8s → %s", "metaspace used after full GC (MiB)", before.metaspaceMiB, after.metaspaceMiB);
        say("  %-58s %8s → %s", "Felix bundle class loaders alive after full GC", before.bundleLoaders,
                after.bundleLoaders);
        failures.stream().limit(20).forEach(failure -> say("  failure: %s", failure));
        say("finished %s; load average %s", Instant.now(), loadAverage());
        if (out != null) {
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Applies continuously; the swapped department's cases are dispatched too (no handler needed for that). */
    static void applyLoop(Client client, boolean swapped) {
        List<String> items = new ArrayList<>(OTHER_ITEMS.keySet());
        int n = 0;
        while (running) {
            String body = swapped ? SWAPPED_ITEM : OTHER_ITEMS.get(items.get(n++ % items.size()));
            String prefix = swapped ? "swapped: " : "other: ";
            try {
                Reply reply = client.send("POST", "/api/v1/applications", body);
                if (reply.status() == 201) {
                    String number = text(reply.body(), "number");
                    acknowledged.add(number);
                    String state = text(reply.body().substring(reply.body().indexOf("\"state\"")), "code");
                    outcome(prefix + "intake 201 " + state);
                    if (state.equals("ACCEPTED")) {
                        Reply dispatch = client.send("POST", "/api/v1/cases/" + number + "/actions",
                                "{\"action\":\"DISPATCH\",\"note\":\"\"}");
                        if (dispatch.status() == 201) {
                            outcome(prefix + "dispatch 201");
                        } else {
                            outcome(prefix + "failed");
                            failures.add(prefix + "dispatch " + number + " → " + dispatch.status() + " "
                                    + abbreviate(dispatch.body()));
                        }
                    }
                } else if (swapped && reply.status() == 409 && reply.body().contains("\"item_unavailable\"")) {
                    outcome(prefix + "intake 409 item_unavailable (expected while away)");
                } else {
                    outcome(prefix + "failed");
                    failures.add(prefix + "intake → " + reply.status() + " " + abbreviate(reply.body()));
                }
            } catch (Exception e) {
                outcome(prefix + "failed");
                failures.add(prefix + e);
            }
        }
    }

    /** Runs one shell command through bin/client, then waits until the department's items are in {@code state}. */
    static double shell(String command, String state) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(karaf.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(sshPort), "-u", opsUser, "-p", opsPassword, "-r", "3", command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("Error")) {
            failures.add("shell '" + command + "': exit " + process.exitValue() + " " + abbreviate(output));
        }
        Client anonymous = new Client();
        while (true) {
            Reply items = anonymous.send("GET", "/api/v1/items?department=" + department, null);
            List<String> states = all(items.body(), "\"availability\":\\{\"code\":\"([A-Z]+)\"");
            if (!states.isEmpty() && states.stream().allMatch(state::equals)) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() - start > 180e9) {
                throw new IllegalStateException("items of " + department + " not " + state + " after 180 s");
            }
            Thread.sleep(100);
        }
    }

    record Heap(String usedMiB, String metaspaceMiB, String bundleLoaders) {
    }

    /** Full GC, then the heap and metaspace in use and the number of live Felix bundle class loaders. */
    static Heap heap(long pid) throws Exception {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        Matcher meta = Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(info);
        String histogram = run("jcmd", String.valueOf(pid), "GC.class_histogram");
        Matcher loaders = Pattern.compile("\\s(\\d+)\\s+\\d+\\s+org\\.apache\\.felix\\.framework\\.BundleWiringImpl"
                + "\\$BundleClassLoader\\s").matcher(histogram);
        return new Heap(used.find() ? String.format("%.1f", Long.parseLong(used.group(1)) / 1024.0) : "?",
                meta.find() ? String.format("%.1f", Long.parseLong(meta.group(1)) / 1024.0) : "?",
                loaders.find() ? loaders.group(1) : "?");
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    // ---- small helpers ----

    static void outcome(String kind) {
        outcomes.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    static long count(String kind) {
        AtomicLong count = outcomes.get(kind);
        return count == null ? 0 : count.get();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
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

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
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

    /** A staff member's HTTP client: session cookie and CSRF token after sign-in. */
    static final class Client {
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

        static Client signInQuietly() {
            try {
                return signIn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        Reply send(String method, String path, String body) throws Exception {
            HttpResponse<String> response = exchange(method, path, body);
            return new Reply(response.statusCode(), response.body());
        }

        HttpResponse<String> exchange(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
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
