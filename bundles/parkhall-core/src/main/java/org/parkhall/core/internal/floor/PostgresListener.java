package org.parkhall.core.internal.floor;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.parkhall.core.internal.store.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection that LISTENs on a PostgreSQL channel, on a thread of its own, handing each notification's payload
 * on. A lost connection is said once as a warning and tried again with back-off (0.5 s doubling to 30 s); each time
 * it listens again after a loss, {@code onListeningAgain} runs, since what was sent meanwhile never arrives. The
 * only class of the core that needs the driver's {@code org.postgresql} package (imported optionally, so the core
 * resolves without it); made only on PostgreSQL.
 */
final class PostgresListener {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int WAIT_MILLIS = 500;
    /** A quiet connection is asked whether it still answers this often, so a silently dropped one is noticed. */
    private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int CHECK_TIMEOUT_SECONDS = 5;
    private static final long FIRST_BACK_OFF_MILLIS = 500;
    private static final long MAX_BACK_OFF_MILLIS = 30_000;

    private final Database database;
    private final String channel;
    private final Consumer<String> onNotification;
    private final Runnable onListeningAgain;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean lost;

    PostgresListener(Database database, String channel, Consumer<String> onNotification, Runnable onListeningAgain) {
        this.database = database;
        this.channel = channel;
        this.onNotification = onNotification;
        this.onListeningAgain = onListeningAgain;
        this.thread = new Thread(this::listenUntilStopped, "parkhall-listen-" + channel);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops within about {@value #WAIT_MILLIS} ms, when the thread next looks up from waiting. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt(); // ends a back-off sleep at once
        thread.join(TimeUnit.SECONDS.toMillis(CHECK_TIMEOUT_SECONDS + 1));
    }

    private void listenUntilStopped() {
        long backOff = FIRST_BACK_OFF_MILLIS;
        while (!stopped) {
            try {
                database.inSession(connection -> {
                    PGConnection postgres = connection.unwrap(PGConnection.class);
                    try (Statement listen = connection.createStatement()) {
                        listen.execute("LISTEN " + channel);
                    }
                    if (lost) {
                        lost = false;
                        LOG.info("Listening on PostgreSQL channel {} again; telling the displays to refresh", channel);
                        onListeningAgain.run();
                    }
                    relay(connection, postgres);
                    try (Statement unlisten = connection.createStatement()) {
                        unlisten.execute("UNLISTEN " + channel); // the pool may lend this connection to others
                    }
                    return null;
                });
                backOff = FIRST_BACK_OFF_MILLIS;
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                if (!lost) {
                    lost = true;
                    LOG.warn("Lost the connection listening on PostgreSQL channel {}: calls made on other nodes do not"
                            + " reach this node's displays until it is back (tried again with back-off up to {} s): {}",
                            channel, MAX_BACK_OFF_MILLIS / 1000, e.toString());
                }
                if (!sleep(backOff)) {
                    return;
                }
                backOff = Math.min(backOff * 2, MAX_BACK_OFF_MILLIS);
            } catch (LinkageError e) {
                LOG.error("The core is not wired to the PostgreSQL driver's package org.postgresql, so calls made on"
                        + " other nodes never reach this node's displays: install feature parkhall-postgresql before"
                        + " the core, or run bundle:refresh parkhall-core. {}", e.toString());
                return;
            }
        }
    }

    private void relay(Connection connection, PGConnection postgres) throws SQLException {
        long checked = System.nanoTime();
        while (!stopped) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    onNotification.accept(notification.getParameter());
                }
                checked = System.nanoTime();
            } else if (System.nanoTime() - checked > CHECK_EVERY_NANOS) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLNonTransientConnectionException("the listening connection does not answer", "08006");
                }
                checked = System.nanoTime();
            }
        }
    }

    /** False when stopped meanwhile. */
    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
