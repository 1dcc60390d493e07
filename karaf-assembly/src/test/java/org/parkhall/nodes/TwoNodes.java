package org.parkhall.nodes;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.parkhall.core.internal.store.TestPostgres;

/**
 * Two copies of the distribution, A and B (named {@code node-a} and {@code node-b}), on one new PostgreSQL database (switched with the datasource file's
 * documented lines, URL, user and password from each node's environment), launched at the same moment so that
 * both meet the empty database together. Closing stops both JVMs and drops the database; the copies and their logs
 * stay under the work folder.
 */
public final class TwoNodes implements AutoCloseable {
    /** Configures a prepared node before it starts (both nodes get the same). */
    public interface Setup {
        void apply(NodeProcess node) throws IOException;
    }

    public final NodeProcess a;
    public final NodeProcess b;
    public final String databaseUrl;

    private TwoNodes(NodeProcess a, NodeProcess b, String databaseUrl) {
        this.a = a;
        this.b = b;
        this.databaseUrl = databaseUrl;
    }

    public static TwoNodes start(Path assembly, Path work, List<String> users, Setup setup) throws Exception {
        String url = TestPostgres.freshDatabase("two_nodes");
        TwoNodes nodes = new TwoNodes(prepare(assembly, work.resolve("node-a"), users, url, setup),
                prepare(assembly, work.resolve("node-b"), users, url, setup), url);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> nodes.launchAndAwait(nodes.a, together));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> nodes.launchAndAwait(nodes.b, together));
            CompletableFuture.allOf(a, b).join();
            return nodes;
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    private static NodeProcess prepare(Path assembly, Path work, List<String> users, String url, Setup setup)
            throws IOException {
        NodeProcess node = NodeProcess.prepare(assembly, work, users);
        for (var setting : PostgresSwitch.documentedSettings(assembly).entrySet()) {
            node.configure(PostgresSwitch.DATASOURCE_CFG, setting.getKey(), setting.getValue());
        }
        // each node named as the operator names it, so that the catalog can say which node serves what
        node.configure("org.parkhall.node.cfg", "name", work.getFileName().toString());
        node.environment("PARKHALL_DB_URL", url).environment("PARKHALL_DB_USER", TestPostgres.user())
                .environment("PARKHALL_DB_PASSWORD", TestPostgres.password());
        setup.apply(node);
        return node;
    }

    private void launchAndAwait(NodeProcess node, CyclicBarrier together) {
        try {
            together.await();
            node.launch();
            node.awaitReady();
        } catch (Exception e) {
            throw new IllegalStateException("node " + node.url("") + " did not come up: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            a.close();
        } finally {
            try {
                b.close();
            } finally {
                TestPostgres.drop(databaseUrl);
            }
        }
    }
}
