package org.parkhall.core.internal.store;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** Empty in-memory Derby databases for tests, a new one on every call. */
public final class InMemoryDerby {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private InMemoryDerby() {
    }

    public static EmbeddedDataSource fresh() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:hall" + DATABASES.incrementAndGet());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }
}
