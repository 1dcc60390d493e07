package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.parkhall.api.HallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's store: the {@link DataSource} chosen by configuration (embedded Derby under {@code ${karaf.data}} by
 * default, pooled by pax-jdbc), brought to the newest schema when made. Every change runs in one transaction through
 * {@link #inTransaction}; a deadlock or serialization failure is retried a few times, since the whole unit is
 * rolled back first. A database that stops answering is said plainly: a warning naming the datasource and its
 * driver, and every unit of work refused with {@link HallException#databaseUnavailable()} while it lasts (a
 * {@link StoreException} is only ever a fault of the work itself).
 * {@link DatabaseStarter} makes it and offers it as a service once the database has answered.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int ATTEMPTS = 3;
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** The high half of a job's advisory lock key: "phjb" in ASCII, apart from {@link SchemaLock}'s key. */
    private static final long JOB_KEY_SPACE = 0x70686a62L << 32;

    private final DataSource dataSource;
    private final String described;
    private final int schemaVersion;
    private final String product;
    private final boolean postgres;
    private volatile long lastWarned;
    /** What waits for the commit of the transaction running on this thread (see {@link #afterCommit}). */
    private final ThreadLocal<List<Runnable>> onCommit = new ThreadLocal<>();

    /** A store on {@code dataSource}, migrated; fails if the database does not answer. */
    public Database(DataSource dataSource) throws SQLException {
        this(dataSource, "(unnamed)", Clock.systemUTC());
    }

    Database(DataSource dataSource, Clock clock) throws SQLException {
        this(dataSource, "(unnamed)", clock);
    }

    /** {@code described} names the datasource and its driver in the log. */
    Database(DataSource dataSource, String described, Clock clock) throws SQLException {
        this.dataSource = dataSource;
        this.described = described;
        try (Connection lock = dataSource.getConnection(); Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            this.product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            this.postgres = meta.getDatabaseProductName().equals("PostgreSQL");
            this.schemaVersion = new Migrations(Database.class.getClassLoader(), clock).migrate(lock, connection);
        }
        LOG.info("Hall store ready: {}, schema version {}, datasource {}", product, schemaVersion, described);
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            List<Runnable> committed = new ArrayList<>();
            onCommit.set(committed);
            try (Connection connection = connect()) {
                connection.setReadOnly(false); // a pooled connection may come back from read() still read-only
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    committed.forEach(Runnable::run);
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (isConnectionLost(e)) {
                    throw unavailable(e); // not retried: the commit may have reached the database
                }
                last = e;
                if (!isTransient(e)) {
                    break;
                }
                LOG.debug("Transaction attempt {} hit {}, retrying", attempt, e.getSQLState());
            } finally {
                onCommit.remove();
            }
        }
        throw new StoreException("database error: " + last.getMessage(), last);
    }

    /**
     * Runs {@code work} in one transaction on one node at a time: on PostgreSQL it first takes the advisory lock of
     * {@code job} for the transaction (released by its commit or rollback, or by a node that dies); when another node
     * holds it, this round is skipped and answers empty. On Derby, one node by design, it always runs.
     */
    public <T> Optional<T> inTransactionAlone(String job, SqlWork<T> work) {
        return inTransaction(connection -> {
            if (postgres) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, JOB_KEY_SPACE | (job.hashCode() & 0xffffffffL));
                    try (ResultSet taken = lock.executeQuery()) {
                        if (!taken.next() || !taken.getBoolean(1)) {
                            return Optional.empty();
                        }
                    }
                }
            }
            // empty means "another node ran it", so the work itself must answer something
            return Optional.of(Objects.requireNonNull(work.run(connection), () -> job + " answered null"));
        });
    }

    /**
     * Runs {@code work} on a connection of its own in autocommit, for a session that outlasts transactions (a
     * notification listener); its failures are the caller's to handle, so it may tell a lost connection apart.
     */
    public <T> T inSession(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
            return work.run(connection);
        }
    }

    /**
     * Runs {@code action} once the transaction of {@link #inTransaction} running on this thread has committed, so
     * what it tells (a log line) is true; never when that transaction rolls back or is retried.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> committed = onCommit.get();
        if (committed == null) {
            throw new IllegalStateException("afterCommit outside a transaction");
        }
        committed.add(action);
    }

    /**
     * Runs read-only {@code work}; it sees committed data only. Not in autocommit: PostgreSQL's driver reads a
     * whole result set into memory otherwise, and honours a statement's fetch size only inside a transaction, so a
     * long read (the ledger export) streams only this way.
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.rollback(); // nothing to keep; ends the transaction before the pool takes it back
            }
        } catch (SQLException e) {
            throw isConnectionLost(e) ? unavailable(e) : new StoreException("database error: " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String product() {
        return product;
    }

    /** PostgreSQL, where several nodes may share the database; otherwise embedded Derby, one node. */
    public boolean onPostgres() {
        return postgres;
    }

    /** A connection of the pool; none to be had (the database away, or every connection busy) means unavailable. */
    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * The refusal while the database does not answer, the same on every path (503 {@code unavailable} on the web).
     * Warns at most once a minute, naming the datasource and the driver; the cause stays in the log only.
     */
    private HallException unavailable(SQLException cause) {
        warn("does not answer; calls are refused as unavailable until it does", cause);
        return HallException.databaseUnavailable();
    }

    private void warn(String what, Exception cause) {
        long now = System.nanoTime();
        if (lastWarned == 0 || now - lastWarned > WARN_EVERY_NANOS) {
            lastWarned = now;
            LOG.warn("The hall's database {} {}: {}", described, what, cause.toString());
        }
    }

    /**
     * SQLState class 08 is a connection failure in Derby and PostgreSQL; 57P01–57P03 PostgreSQL shutting down or
     * starting. The work did not happen, or cannot be known to have.
     */
    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * SQLState class 40 is "transaction rollback" (deadlock, serialization failure) in Derby and PostgreSQL; 23505
     * is a unique key taken by a concurrent transaction, e.g. the first case number of a day.
     */
    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("23505"));
    }
}
