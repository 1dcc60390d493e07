package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database-wide lock held while the schema is migrated, on a connection of its own, so that nodes starting
 * together on one empty database apply each migration once: the first migrates, the others wait, then find the work
 * done. PostgreSQL holds a session advisory lock; Derby (several hall instances in one JVM, or a Derby network
 * server) an exclusive table lock in an open transaction. Either ends with the connection, should a node die.
 */
final class SchemaLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaLock.class);
    /** The advisory lock's key: "parkhall" in ASCII, a number no other user of the database is likely to take. */
    private static final long ADVISORY_KEY = 0x7061726b68616c6cL;
    private static final String LOCK_TABLE = "schema_lock";

    private final Connection connection;
    private final boolean advisory;

    private SchemaLock(Connection connection, boolean advisory) {
        this.connection = connection;
        this.advisory = advisory;
    }

    /** Takes the lock on {@code connection}, waiting as long as another node migrates. */
    static SchemaLock take(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            connection.setAutoCommit(true);
            if (!advisory(connection, "pg_try_advisory_lock")) {
                LOG.info("Another node is migrating the hall's schema; waiting for it");
                advisory(connection, "pg_advisory_lock");
            }
            return new SchemaLock(connection, true);
        }
        connection.setAutoCommit(false);
        createLockTable(connection);
        while (true) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE " + LOCK_TABLE + " IN EXCLUSIVE MODE");
                return new SchemaLock(connection, false);
            } catch (SQLException e) {
                if (!"40XL1".equals(e.getSQLState())) { // Derby's lock wait timeout: the other is still migrating
                    throw e;
                }
                connection.rollback();
                LOG.info("Another hall instance is migrating the schema; still waiting for it");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (advisory) {
            advisory(connection, "pg_advisory_unlock");
        } else {
            connection.rollback();
        }
    }

    /** Calls an advisory lock function on the key; false only when a try found the lock taken. */
    private static boolean advisory(Connection connection, String function) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement("SELECT " + function + "(?)")) {
            call.setLong(1, ADVISORY_KEY);
            try (ResultSet result = call.executeQuery()) {
                result.next();
                return !Boolean.FALSE.equals(result.getObject(1));
            }
        }
    }

    private static void createLockTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + LOCK_TABLE + " (id INT PRIMARY KEY)");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!"X0Y32".equals(e.getSQLState())) { // Derby: the table exists already
                throw e;
            }
        }
    }
}
