package org.parkhall.core.internal.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallConfiguration;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the {@link Database} service once its database has answered and is migrated, trying again every few
 * seconds until it does, so a node comes up by itself when its database does (no restart). Until then nothing that
 * needs the store runs, and the web answers 503 {@code unavailable}. Why it waits is logged as a warning, at once for
 * a database that does not answer, after a grace period for a datasource that never appears: which datasource, which
 * driver it names, and whether that driver is installed.
 */
@Capability(namespace = "osgi.service", // registered by hand, so no DS component declares it for the resolver
        attribute = "objectClass:List<String>=\"org.parkhall.core.internal.store.Database\"")
@Component(configurationPid = "org.parkhall.database")
@Designate(ocd = DatabaseStarter.Config.class)
public final class DatabaseStarter {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStarter.class);
    private static final int RETRY_SECONDS = 5;
    /** A datasource appears within seconds of a normal boot; only one missing after this is worth a warning. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String DRIVER = "osgi.jdbc.driver.name";
    private static final String FACTORY = "org.osgi.service.jdbc.DataSourceFactory";

    static final String TARGET = "(dataSourceName=parkhall)";

    @ObjectClassDefinition(name = "%database", description = "%database.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%database.dataSource.target",
                description = "%database.dataSource.target.description")
        String dataSource_target() default TARGET;
    }

    private final BundleContext context;
    private final ConfigurationAdmin configurations;
    private final String target;
    private final long activatedAt = System.nanoTime();
    private final ScheduledExecutorService attempts = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "parkhall-store-start");
        thread.setDaemon(true);
        return thread;
    });
    private DataSource dataSource;
    private Map<String, Object> properties;
    private ServiceRegistration<Database> registration;
    private long lastWarned;

    @Activate
    public DatabaseStarter(BundleContext context, @Reference ConfigurationAdmin configurations,
            @Reference HallConfiguration checks, Map<String, Object> properties) {
        this.context = context;
        this.configurations = configurations;
        // The target filter itself is applied by SCR; a wrong one is reported here so the log and the hall name it.
        ConfigurationReader read = new ConfigurationReader(properties);
        this.target = checks.settle(read, read.parsed("dataSource.target", TARGET, Bilingual.of(
                "LDAP过滤条件，如 " + TARGET, "an LDAP filter such as " + TARGET), DatabaseStarter::filter), null);
        attempts.scheduleWithFixedDelay(this::attempt, 0, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private static String filter(String text) {
        try {
            return FrameworkUtil.createFilter(text).toString();
        } catch (InvalidSyntaxException wrong) {
            throw new IllegalArgumentException(wrong.getMessage(), wrong);
        }
    }

    @Reference(name = "dataSource", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindDataSource(DataSource bound, Map<String, Object> boundProperties) {
        withdraw();
        dataSource = bound;
        properties = boundProperties;
        attempts.execute(this::attempt);
    }

    synchronized void unbindDataSource(DataSource gone) {
        if (dataSource == gone) {
            withdraw();
            dataSource = null;
        }
    }

    @Deactivate
    synchronized void stop() {
        attempts.shutdownNow();
        withdraw();
    }

    private synchronized void attempt() {
        if (registration != null || attempts.isShutdown()) {
            return;
        }
        if (dataSource == null) {
            if (System.nanoTime() - activatedAt > GRACE_NANOS) {
                warn("The hall has no database: no DataSource " + target + " is registered. " + whyNoDataSource());
            }
            return;
        }
        String described = target + " (driver " + properties.getOrDefault(DRIVER, "?") + ", "
                + properties.getOrDefault("url", "no url") + ")";
        try {
            Database database = new Database(dataSource, described, Clock.systemUTC());
            registration = context.registerService(Database.class, database, null);
        } catch (SQLException | RuntimeException e) {
            warn("The hall's database " + described + " does not answer; every call is refused as unavailable until"
                    + " it does, tried again every " + RETRY_SECONDS + " s: " + e);
        }
    }

    /** What the datasource configuration names, and whether a driver for it is there. */
    private String whyNoDataSource() {
        try {
            Configuration[] found = configurations.listConfigurations(
                    "(&(service.factoryPid=org.ops4j.datasource)" + target + ")");
            if (found == null) {
                return "No datasource configuration matches it (etc/org.ops4j.datasource-parkhall.cfg).";
            }
            Object driver = found[0].getProperties().get(DRIVER);
            ServiceReference<?>[] factories = context.getAllServiceReferences(FACTORY, null);
            List<Object> installed = new ArrayList<>();
            for (ServiceReference<?> factory : factories == null ? new ServiceReference<?>[0] : factories) {
                installed.add(factory.getProperty(DRIVER));
            }
            if (!installed.contains(driver)) {
                return "Its configuration names the driver '" + driver + "', and no DataSourceFactory for it is"
                        + " registered (drivers present: " + installed + "). For PostgreSQL: feature:install"
                        + " parkhall-postgresql.";
            }
            return "Its configuration names the driver '" + driver + "', which is installed: pax-jdbc-config could"
                    + " not make the DataSource (see the log above, e.g. its pool).";
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            return "Its configuration could not be read: " + e;
        }
    }

    private void withdraw() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    private void warn(String message) {
        long now = System.nanoTime();
        if (lastWarned == 0 || now - lastWarned > WARN_EVERY_NANOS) {
            lastWarned = now;
            LOG.warn(message);
        }
    }
}
