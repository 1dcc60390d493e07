package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.Assume;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests run against: the one {@code .ci/run} starts, named by {@code PARKHALL_TEST_PG_URL}
 * (a server URL such as {@code jdbc:postgresql://127.0.0.1:5432/}), {@code PARKHALL_TEST_PG_USER} and
 * {@code PARKHALL_TEST_PG_PASSWORD}, a role that may create databases. Without them a PostgreSQL test fails saying
 * so, never passes unseen; {@code -Dparkhall.postgres.skip=true} leaves them out on purpose.
 */
public final class TestPostgres {
    private static final String URL = "PARKHALL_TEST_PG_URL";
    private static final String USER = "PARKHALL_TEST_PG_USER";
    private static final String PASSWORD = "PARKHALL_TEST_PG_PASSWORD";

    private TestPostgres() {
    }

    /** A new, empty database whose name starts with {@code purpose}; its JDBC URL. */
    public static String freshDatabase(String purpose) {
        String name = ("ph_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = DriverManager.getConnection(server() + "postgres", user(), password());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new AssertionError("cannot create a test database on " + server() + ": " + e.getMessage(), e);
        }
        return server() + name;
    }

    /** Removes a database {@link #freshDatabase} made, with whatever sessions are still on it. */
    public static void drop(String url) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server() + "postgres", user(), password());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + url.substring(server().length()) + " WITH (FORCE)");
        }
    }

    public static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    public static String user() {
        return required(USER);
    }

    public static String password() {
        return required(PASSWORD);
    }

    private static String server() {
        String url = required(URL);
        return url.endsWith("/") ? url : url + "/";
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            Assume.assumeFalse("PostgreSQL tests left out (-Dparkhall.postgres.skip=true)",
                    Boolean.getBoolean("parkhall.postgres.skip"));
            throw new AssertionError("The PostgreSQL tests need a reachable server and " + variable + " (with "
                    + URL + ", " + USER + ", " + PASSWORD + "). `bash .ci/run` starts Debian's PostgreSQL and sets"
                    + " them; or set them for a server of your own, or leave these tests out with"
                    + " -Dparkhall.postgres.skip=true.");
        }
        return value;
    }
}
