package org.parkhall.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The assembled distribution started as people start it ({@code bin/karaf server}), in a fresh copy under a work
 * folder with free ports and the given staff accounts, for tests that drive it from outside (a browser, or a second
 * node on the same database). Its logs stay in the copy ({@code data/log/karaf.log}) and beside it
 * ({@code karaf-console.log}).
 */
public final class NodeProcess implements AutoCloseable {
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(3);

    private final Path work;
    private final Path home;
    private final int port;
    private final Map<String, String> environment = new HashMap<>();
    private Process karaf;

    private NodeProcess(Path work, Path home, int port) {
        this.work = work;
        this.home = home;
        this.port = port;
    }

    /** A started copy of {@code assembly} under {@code work}, ready; see {@link #prepare}. */
    public static NodeProcess start(Path assembly, Path work, List<String> users) throws IOException,
            InterruptedException {
        NodeProcess node = prepare(assembly, work, users);
        node.launch();
        node.awaitReady();
        return node;
    }

    /**
     * A copy of {@code assembly} under {@code work} with an empty data folder, its own free HTTP, SSH and RMI ports
     * and {@code users} lines added to users.properties; not started yet, so it can still be configured.
     */
    public static NodeProcess prepare(Path assembly, Path work, List<String> users) throws IOException {
        Path home = work.toAbsolutePath().resolve("hall");
        delete(home);
        copy(assembly, home);
        NodeProcess node = new NodeProcess(work.toAbsolutePath(), home, freePort());
        node.configure("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(node.port));
        node.configure("org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        node.configure("org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        node.configure("org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        Files.write(home.resolve("etc/users.properties"), users, StandardCharsets.ISO_8859_1,
                StandardOpenOption.APPEND);
        home.resolve("bin/karaf").toFile().setExecutable(true);
        return node;
    }

    /** Sets {@code key} in the copy's {@code etc/<file>}, replacing the line that set it before. */
    public NodeProcess configure(String file, String key, String value) throws IOException {
        Path cfg = home.resolve("etc").resolve(file);
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg, StandardCharsets.ISO_8859_1) : List.of();
        List<String> kept = lines.stream()
                .filter(line -> !line.matches("\\s*" + key.replace(".", "\\.") + "\\s*[=:].*"))
                .collect(Collectors.toList());
        kept.add(key + " = " + value);
        Files.write(cfg, kept, StandardCharsets.ISO_8859_1);
        return this;
    }

    /** An environment variable the node's JVM starts with (as an operator sets in bin/setenv). */
    public NodeProcess environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts {@code bin/karaf server}; returns at once. */
    public void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("karaf-console.log").toFile()));
        builder.environment().putAll(environment);
        // The JVM replaces the script, so stopping the process stops Karaf (through its shutdown hook).
        builder.environment().put("KARAF_EXEC", "exec");
        karaf = builder.start();
    }

    /** Ready as a person finds it: the health check answers and every item in the catalog is served. */
    public void awaitReady() throws InterruptedException, IOException {
        awaitReady(0);
    }

    /**
     * Ready, with up to {@code unserved} items of the catalog not served here (their department is deployed on
     * another node only).
     */
    public void awaitReady(int unserved) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + karaf.exitValue() + "; see " + log());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(url("/api/v1/health")).openConnection();
                if (connection.getResponseCode() == 200) {
                    String body = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    String total = body.replaceAll(".*\"itemsTotal\":(\\d+).*", "$1");
                    String available = body.replaceAll(".*\"itemsAvailable\":(\\d+).*", "$1");
                    if (!total.equals("0") && Integer.parseInt(available) >= Integer.parseInt(total) - unserved) {
                        return;
                    }
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the hall was not ready within " + BOOT_LIMIT.toMinutes() + " minutes; see "
                + log());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The node's own log, kept in its copy. */
    public Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** The body of a GET as an anonymous visitor, or null when the answer is not 200. */
    public String get(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url(path)).openConnection();
        connection.setRequestProperty("Accept", "application/json");
        try {
            if (connection.getResponseCode() != 200) {
                return null;
            }
            return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    /** The department the project's archetype generates (ENV-GI-01), as the build installs it. */
    public static Path generatedDepartment() {
        return Path.of(System.getProperty("parkhall.localRepository"), "org", "parkhall", "example",
                "parkhall-dept-env", "1.0.0", "parkhall-dept-env-1.0.0.jar");
    }

    /** Drops a bundle into deploy/ as an operator does: copied under a temporary name, then moved into place. */
    public void deploy(Path bundle) throws IOException {
        Path deploy = home.resolve("deploy");
        Path partial = deploy.resolve(bundle.getFileName() + ".part");
        Files.copy(bundle, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, deploy.resolve(bundle.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops Karaf as its service does (SIGTERM, then SIGKILL if it hangs); a stopped node can be launched again. */
    @Override
    public void close() {
        if (karaf == null) {
            return;
        }
        karaf.destroy();
        try {
            if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
                karaf.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            karaf.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Copies the distribution without its data folder, so the hall starts empty as on a fresh machine. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(file -> !from.relativize(file).startsWith("data"))::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
