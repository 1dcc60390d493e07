package org.parkhall.core.internal.ratings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.parkhall.core.internal.store.Times;

/** Prepared statements of the ratings package with their parameters bound, instants as UTC timestamps. */
final class Statements {
    private Statements() {
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Instant instant) {
                    statement.setTimestamp(i + 1, Timestamp.from(instant), Times.utc());
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Runs a change; how many rows it touched. */
    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }
}
