package org.parkhall.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.security.auth.Subject;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.parkhall.core.internal.store.TestPostgres;
import org.parkhall.nodes.PostgresSwitch;

/**
 * Boots the assembled Parkhall distribution (the very tar.gz this module builds) with Pax Exam, on free ports and
 * resolving artifacts offline from the build's local repository. Test methods run inside that container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class HallTestSupport {
    protected static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * Tables a running hall writes on its own (staff sessions seen, handlers recorded arriving with their review steps,
     * the node's heartbeat every 10 s): a copy or a restore keeps their rows but not their checksum.
     */
    protected static final Set<String> SELF_WRITTEN_TABLES = Set.of("staff_session", "ledger_event", "catalog_item",
            "item_review_steps", "hall_node");
    protected static final String ADMIN = "zhou.admin";
    protected static final String CLERK = "wang.clerk";
    protected static final String APPROVER = "li.amr";
    protected static final String PASSWORD = "Hall-Test-2026";

    /** A signed-in staff member's session cookie and CSRF token. */
    protected record Login(String cookie, String csrfToken) {
    }

    private static final String DATASOURCE_CFG = "etc/" + PostgresSwitch.DATASOURCE_CFG;
    private static final Map<String, Login> LOGINS = new ConcurrentHashMap<>();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        String localRepository = System.getProperty("parkhall.localRepository");
        String mvnCfg = "etc/org.ops4j.pax.url.mvn.cfg";
        return OptionUtils.combine(store(), new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(distribution())
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            keepRuntimeFolder(),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", freePort("http")),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort("ssh")),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort("rmi")),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort("rmi-server")),
            editConfigurationFilePut("etc/org.apache.felix.fileinstall-deploy.cfg", "felix.fileinstall.poll", "250"),
            // sessions read their roles from the realm again after a second, not a minute (AccessIT)
            editConfigurationFilePut("etc/org.parkhall.web.login.cfg", "recheckSeconds", "1"),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.localRepository", localRepository),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.defaultRepositories", "file:" + localRepository
                    + "@id=local@snapshots"),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.offline", "true"),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.defaultLocalRepoAsRemote", "true"),
            // Test accounts; the shipped users.properties has none. Karaf hashes them on first sign-in.
            editConfigurationFilePut("etc/users.properties", ADMIN, PASSWORD + ",halladmin"),
            editConfigurationFilePut("etc/users.properties", CLERK, PASSWORD + ",clerk"),
            editConfigurationFilePut("etc/users.properties", APPROVER, PASSWORD + ",approver:amr"),
            systemProperty("parkhall.http.port").value(System.getProperty("parkhall.http.port")),
            systemProperty("parkhall.version").value(System.getProperty("parkhall.version")),
            vmOptions(
                    "--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                    "--add-opens", "java.base/java.security=ALL-UNNAMED",
                    "--add-opens", "java.base/java.net=ALL-UNNAMED",
                    "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                    "--add-opens", "java.base/java.util=ALL-UNNAMED",
                    "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                    "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                    "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                    "-classpath", "lib/jdk9plus/*:lib/boot/*"),
        });
    }

    /** The URL of the Karaf to boot: the assembled Parkhall distribution this module builds. */
    protected String distribution() {
        return "file:" + System.getProperty("parkhall.distribution");
    }

    /**
     * The store: the shipped Derby, or with {@code -Dparkhall.store=postgresql} a new PostgreSQL database for this
     * class, switched to as the shipped datasource file says (its PostgreSQL lines, with only the URL replaced; user
     * and password come from the environment, as they would for an operator).
     */
    protected Option[] store() {
        if (!"postgresql".equals(System.getProperty("parkhall.store"))) {
            return new Option[0];
        }
        String url = TestPostgres.freshDatabase(getClass().getSimpleName());
        List<Option> options = new ArrayList<>();
        PostgresSwitch.documentedSettings(Path.of(System.getProperty("parkhall.assembly"))).forEach((key, value) ->
                options.add(editConfigurationFilePut(DATASOURCE_CFG, key, value)));
        options.add(editConfigurationFilePut(DATASOURCE_CFG, "url", url));
        return options.toArray(Option[]::new);
    }

    /**
     * Waits until the hall is up as a person would find it: every servlet answers JSON and every item in the
     * catalog is served. Pax Exam starts testing once the probe is in, which can be while the boot features
     * are still refreshing bundles.
     */
    @Before
    public void hallIsReady() throws InterruptedException {
        String[] missing = {"no answer yet"};
        try {
            waitFor("the hall to be ready", () -> {
                try {
                    Response health = http("GET", "/api/v1/health");
                    if (health.status() != 200) {
                        missing[0] = "health " + health.status() + ": " + health.body();
                        return false;
                    }
                    JsonObject hall = JsonParser.parseString(health.body()).getAsJsonObject().getAsJsonObject("hall");
                    if (hall.get("itemsTotal").getAsInt() == 0
                            || hall.get("itemsAvailable").getAsInt() != hall.get("itemsTotal").getAsInt()) {
                        missing[0] = "items: " + hall;
                        return false;
                    }
                    for (String path : List.of("/api/v1/cases?limit=1", "/api/v1/applications",
                            "/api/v1/ledger?limit=1", "/api/v1/items")) {
                        Response response = http("GET", path);
                        // 503: the store is still coming back (just after the core restarted)
                        if (response.status() == 404 || response.status() >= 500 || response.contentType() == null
                                || !response.contentType().startsWith("application/json")) {
                            missing[0] = path + " answered " + response.status() + " " + response.contentType();
                            return false;
                        }
                    }
                    return true;
                } catch (IOException | RuntimeException e) {
                    missing[0] = e.toString();
                    return false;
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last seen: " + missing[0], e);
        }
    }

    /**
     * The features service as it is now. Not injected: the boot can still restart its bundle after Pax Exam
     * injects, leaving a stopped instance behind.
     */
    protected FeaturesService features() {
        ServiceReference<FeaturesService> reference = bundleContext.getServiceReference(FeaturesService.class);
        if (reference == null) {
            throw new IllegalStateException("no features service");
        }
        return bundleContext.getService(reference);
    }

    /** Whether the path's own servlet answers: JSON, and not the catch-all's 404 while servlets still register. */
    /** A free port, remembered as the system property {@code parkhall.<name>.port} for the container. */
    private static String freePort(String name) {
        try (ServerSocket socket = new ServerSocket(0)) {
            String port = String.valueOf(socket.getLocalPort());
            System.setProperty("parkhall." + name + ".port", port);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hall's log file {@code data/log/<file>} as it stands ("" before it exists), read leniently: a byte that is
     * not UTF-8 (a client's bad escape, logged as sent) must not hide the lines around it.
     */
    protected static String hallLog(String file) {
        Path path = Path.of(System.getProperty("karaf.data"), "log", file);
        try {
            return Files.exists(path) ? new String(Files.readAllBytes(path), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of karaf.log holding each of {@code containing}. */
    protected static List<String> karafLogLines(String... containing) {
        return hallLog("karaf.log").lines().filter(line -> List.of(containing).stream().allMatch(line::contains))
                .toList();
    }

    /** Waits until {@code condition} holds, failing with {@code what} after {@link #TIMEOUT}. */
    protected static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** A response from the hall's web server. */
    protected record Response(int status, String contentType, String body, Map<String, List<String>> headers) {
    }

    protected static Response http(String method, String path) throws IOException {
        return http(method, path, "{}");
    }

    /** A request with a JSON body (sent for POST only), as the hall admin. */
    protected static Response http(String method, String path, String json) throws IOException {
        return as(ADMIN, method, path, json);
    }

    /** A request as {@code user} (signed in on first use, and again when the session has ended). */
    protected static Response as(String user, String method, String path, String json) throws IOException {
        Login login = LOGINS.computeIfAbsent(user, HallTestSupport::signIn);
        Response response = send(method, path, json, login);
        if (response.status() == 401) {
            LOGINS.remove(user);
            response = send(method, path, json, LOGINS.computeIfAbsent(user, HallTestSupport::signIn));
        }
        return response;
    }

    /** A request by a visitor, with no session. */
    protected static Response anonymous(String method, String path, String json) throws IOException {
        return send(method, path, json, null);
    }

    /** The session of {@code user}, signing in when there is none yet. */
    protected static Login login(String user) {
        return LOGINS.computeIfAbsent(user, HallTestSupport::signIn);
    }

    private static Login signIn(String user) {
        try {
            Response response = send("POST", "/api/v1/session", "{\"username\":\"" + user + "\",\"password\":\""
                    + PASSWORD + "\"}", null);
            // Not an AssertionError: while the hall boots, hallIsReady keeps trying.
            if (response.status() != 201) {
                throw new IllegalStateException(user + " could not sign in: " + response.body());
            }
            String cookie = response.headers().getOrDefault("Set-Cookie", List.of()).stream()
                    .filter(header -> header.startsWith("PARKHALL_SESSION=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session cookie: " + response))
                    .split(";")[0];
            return new Login(cookie, json(response, 201).get("csrfToken").getAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request carrying {@code login}'s cookie and token as given (null for none). */
    protected static Response send(String method, String path, String json, Login login) throws IOException {
        URL url = new URL("http://127.0.0.1:" + System.getProperty("parkhall.http.port") + path);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod(method);
        connection.setInstanceFollowRedirects(false);
        if (login != null) {
            connection.setRequestProperty("Cookie", login.cookie());
            connection.setRequestProperty("X-CSRF-Token", login.csrfToken());
        }
        if (method.equals("POST")) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json; charset=UTF-8");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, connection.getContentType(), body, connection.getHeaderFields());
    }

    /** The JSON object a successful call answered, failing with the body when the status differs. */
    protected static JsonObject json(Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            throw new AssertionError("expected HTTP " + expectedStatus + " but got " + response.status() + ": "
                    + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Runs a shell command as a user with the given roles, returning what it printed. */
    protected String shell(String command, String... roles) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("operator"));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        Session session = sessionFactory.create(InputStream.nullInputStream(), out, out);
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            session.close();
        }
        return output.toString(StandardCharsets.UTF_8);
    }
}
