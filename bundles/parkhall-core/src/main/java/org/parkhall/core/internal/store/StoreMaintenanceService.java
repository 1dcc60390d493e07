package org.parkhall.core.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.StoreBackupReport;
import org.parkhall.api.StoreCopyReport;
import org.parkhall.api.StoreMaintenance;
import org.parkhall.api.TableContent;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.spi.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copy, backup and backup check of the hall's store. JDBC drivers for a target or a scratch database come from the
 * {@link DataSourceFactory} services installed (pax-jdbc-derby, the PostgreSQL driver), the one accepting the URL.
 */
@Component(service = StoreMaintenance.class)
public final class StoreMaintenanceService implements StoreMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(StoreMaintenanceService.class);

    private final BundleContext context;
    private final Database database;
    private final WorkingCalendar calendar;

    @Activate
    public StoreMaintenanceService(BundleContext context, @Reference Database database,
            @Reference WorkingCalendar calendar) {
        this.context = context;
        this.database = database;
        this.calendar = calendar;
    }

    @Override
    public StoreCopyReport copyTo(String url, String user, char[] password, Consumer<String> progress) {
        if (url == null || !url.startsWith("jdbc:postgresql:") || user == null || user.isBlank()) {
            throw new HallException(ErrorCode.INVALID, Bilingual.of("须给出 jdbc:postgresql: 开头的目标库地址和用户名",
                    "give the target as a jdbc:postgresql: URL and a user name"));
        }
        String target = url.split("\\?", 2)[0]; // parameters may carry secrets; the log and report name the rest
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", new String(password));
        Arrays.fill(password, '\0');
        long started = System.nanoTime();
        List<TableContent> tables = withDriver(url, driver -> {
            try (Connection lock = connect(driver, url, credentials, target);
                 Connection connection = connect(driver, url, credentials, target)) {
                return database.read(source -> {
                    try {
                        return new StoreCopier(Clock.systemUTC(), progress).copy(source, lock, connection);
                    } catch (SQLException e) {
                        throw new HallException(ErrorCode.CONFLICT, Bilingual.of("复制失败，目标库未作任何改动："
                                + e.getMessage(), "the copy failed and the target was left unchanged: "
                                + e.getMessage()));
                    }
                });
            } catch (SQLException e) {
                throw new HallException(ErrorCode.UNAVAILABLE, Bilingual.of("目标库连接出错：" + e.getMessage(),
                        "the target's connection failed: " + e.getMessage()));
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("The hall's store was copied to {}: {} tables, {} rows, in {} ms", target, tables.size(),
                tables.stream().mapToLong(TableContent::rows).sum(), took.toMillis());
        return new StoreCopyReport(target, tables, took);
    }

    @Override
    public StoreBackupReport backup(Path under, Consumer<String> progress) {
        StoreBackupReport report = database.inTransaction(connection -> StoreBackups.backup(connection, under,
                Clock.system(calendar.zone()), progress));
        LOG.info("The hall's store was backed up into {}: {} bytes in {} ms", report.directory(), report.bytes(),
                report.took().toMillis());
        return report;
    }

    @Override
    public List<TableContent> checkBackup(Path backup, Consumer<String> progress) {
        return withDriver("jdbc:derby:backup-check", derby -> {
            try {
                return StoreBackups.check(derby, backup, progress);
            } catch (SQLException e) {
                throw new HallException(ErrorCode.CONFLICT, Bilingual.of("备份无法恢复：" + e.getMessage(),
                        "the backup cannot be restored: " + e.getMessage()));
            }
        });
    }

    @Override
    public List<TableContent> contents() {
        return database.read(TableContents::of);
    }

    private static Connection connect(Driver driver, String url, Properties credentials, String target)
            throws SQLException {
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException("no connection to " + target);
        }
        return connection;
    }

    /** Runs {@code work} with the installed driver that accepts {@code url}. */
    private <T> T withDriver(String url, DriverWork<T> work) {
        Collection<ServiceReference<DataSourceFactory>> factories;
        try {
            factories = context.getServiceReferences(DataSourceFactory.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter was given", e);
        }
        for (ServiceReference<DataSourceFactory> reference : factories) {
            DataSourceFactory factory = context.getService(reference);
            try {
                Driver driver = factory == null ? null : factory.createDriver(null);
                if (driver != null && driver.acceptsURL(url)) {
                    return work.run(driver);
                }
            } catch (SQLException e) {
                LOG.debug("JDBC driver {} cannot be asked", reference, e);
            } finally {
                context.ungetService(reference);
            }
        }
        throw new HallException(ErrorCode.UNAVAILABLE, Bilingual.of("未安装可连接 " + url.split(":", 3)[1]
                + " 的驱动（PostgreSQL：feature:install parkhall-postgresql）", "no JDBC driver for "
                + url.split(":", 3)[1] + " is installed (PostgreSQL: feature:install parkhall-postgresql)"));
    }

    @FunctionalInterface
    private interface DriverWork<T> {
        T run(Driver driver);
    }
}
