package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's store: the {@link DataSource} chosen by configuration (embedded Derby under {@code ${karaf.data}} by
 * default, pooled by pax-jdbc), brought to the newest schema at start. Every change runs in one transaction through
 * {@link #inTransaction}; a deadlock or serialization failure is retried a few times, since the whole unit is
 * rolled back first.
 */
@Component(service = Database.class, configurationPid = "org.parkhall.database")
@Designate(ocd = Database.Config.class)
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int ATTEMPTS = 3;

    @ObjectClassDefinition(name = "Parkhall database", description = "Which DataSource service holds the hall's data.")
    public @interface Config {
        @AttributeDefinition(name = "DataSource filter",
                description = "LDAP filter selecting the javax.sql.DataSource, e.g. (dataSourceName=parkhall).")
        String dataSource_target() default "(dataSourceName=parkhall)";
    }

    private final DataSource dataSource;
    private final int schemaVersion;
    private final String product;

    @Activate
    public Database(@Reference(name = "dataSource") DataSource dataSource) throws SQLException {
        this(dataSource, Clock.systemUTC());
    }

    Database(DataSource dataSource, Clock clock) throws SQLException {
        this.dataSource = dataSource;
        try (Connection lock = dataSource.getConnection(); Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            this.product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            this.schemaVersion = new Migrations(Database.class.getClassLoader(), clock).migrate(lock, connection);
        }
        LOG.info("Hall store ready: {}, schema version {}", product, schemaVersion);
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setReadOnly(false); // a pooled connection may come back from read() still read-only
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                last = e;
                if (!isTransient(e)) {
                    break;
                }
                LOG.debug("Transaction attempt {} hit {}, retrying", attempt, e.getSQLState());
            }
        }
        throw new StoreException("database error: " + last.getMessage(), last);
    }

    /**
     * Runs read-only {@code work}; it sees committed data only. Not in autocommit: PostgreSQL's driver reads a
     * whole result set into memory otherwise, and honours a statement's fetch size only inside a transaction, so a
     * long read (the ledger export) streams only this way.
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.rollback(); // nothing to keep; ends the transaction before the pool takes it back
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String product() {
        return product;
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
