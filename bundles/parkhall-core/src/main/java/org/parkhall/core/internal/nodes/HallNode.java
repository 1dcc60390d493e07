package org.parkhall.core.internal.nodes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallException;
import org.parkhall.core.internal.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node among the nodes on one database: its name, the last-seen time it moves on every
 * {@value #HEARTBEAT_SECONDS} s, and which nodes are live now. A node not seen for {@value #STALE_SECONDS} s (killed,
 * or cut off) no longer counts as serving anything; one that stops says so at once. Nodes compare their own clocks
 * through the database, so they are expected to keep time (NTP) well within those seconds.
 */
@Component(service = HallNode.class, configurationPid = "org.parkhall.node")
@Designate(ocd = HallNode.Config.class)
public final class HallNode {
    private static final Logger LOG = LoggerFactory.getLogger(HallNode.class);
    static final int HEARTBEAT_SECONDS = 10;
    static final int STALE_SECONDS = 30;
    private static final String NAME_PATTERN = "[A-Za-z0-9._@-]{1,100}";

    @ObjectClassDefinition(name = "Parkhall node", description = "This node among the nodes on one database.")
    public @interface Config {
        @AttributeDefinition(description = "The node's name, unique among the nodes on the database (letters, digits,"
                + " . _ @ -); empty: karaf.name@host name")
        String name() default "";

        @AttributeDefinition(description = "The code of the site whose floor this node serves (a site of"
                + " etc/org.parkhall.site-<code>.cfg); read by the site directory; empty: the county centre HQ")
        String site() default "HQ";
    }

    private final Database database;
    private final BundleContext context;
    private final Clock clock;
    private final String name;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "parkhall-node-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public HallNode(@Reference Database database, BundleContext context, Config config) {
        this(database, context, Clock.systemUTC(), config.name().isBlank() ? defaultName() : config.name().strip());
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    HallNode(Database database, BundleContext context, Clock clock, String name) {
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("org.parkhall.node name must be 1 to 100 of A-Z a-z 0-9 . _ @ -: "
                    + name);
        }
        this.database = database;
        this.context = context;
        this.clock = clock;
        this.name = name;
        boolean taken = database.inTransaction(connection -> NodeRecords.start(connection, name, clock.instant(),
                liveAfter()));
        if (taken) {
            LOG.warn("Another live node on this database is named {} too (or this one was killed and restarted"
                    + " within {} s): name each node in org.parkhall.node.cfg (name=...), or the catalog and ledger"
                    + " mix them up", name, STALE_SECONDS);
        }
        LOG.info("Hall node {} started", name);
    }

    @Deactivate
    void stop() {
        heartbeat.shutdownNow();
        try {
            database.inTransaction(connection -> {
                NodeRecords.left(connection, name, clock.instant());
                return null;
            });
        } catch (HallException e) {
            LOG.warn("Node {} could not record that it stops; the others drop it within {} s", name, STALE_SECONDS);
        }
    }

    public String name() {
        return name;
    }

    /** Nodes seen since this moment are live. */
    public Instant liveAfter() {
        return clock.instant().minus(Duration.ofSeconds(STALE_SECONDS));
    }

    /**
     * Whether the whole framework (the node) is stopping rather than a department leaving: departments stop before
     * the core then, and their going is no departure from the county.
     */
    public boolean stopping() {
        Bundle framework = context.getBundle(0);
        return framework.getState() == Bundle.STOPPING;
    }

    /** The live nodes serving each item, by item code. */
    public Map<String, List<String>> servedOn() {
        return database.read(connection -> NodeRecords.servedOn(connection, liveAfter()));
    }

    private void beat() {
        try {
            database.inTransaction(connection -> {
                NodeRecords.seen(connection, name, clock.instant());
                return null;
            });
        } catch (RuntimeException e) { // the database away for a while: the next beat tries again
            LOG.debug("Node {} heartbeat failed: {}", name, e.toString());
        }
    }

    private static String defaultName() {
        String karaf = System.getProperty("karaf.name", "parkhall");
        try {
            String named = (karaf + "@" + InetAddress.getLocalHost().getHostName()).replaceAll("[^A-Za-z0-9._@-]", "-");
            return named.substring(0, Math.min(named.length(), 100));
        } catch (UnknownHostException e) {
            return karaf;
        }
    }
}
