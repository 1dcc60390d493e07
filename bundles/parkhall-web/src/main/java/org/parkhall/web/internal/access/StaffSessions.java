package org.parkhall.web.internal.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.StaffSessionStore;
import org.parkhall.api.TryLimits;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.web.internal.api.ApiServlet;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Cookies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in against the Karaf JAAS realm (hashed passwords in {@code etc/users.properties}), and the
 * sessions that follow: a random id in an HttpOnly, SameSite=Strict cookie, a separate CSRF token, an idle
 * timeout, and a lock after repeated failed passwords. A wrong password, an unknown name and an account without a
 * hall role get the same answer. Sessions are kept by the core's {@link StaffSessionStore} in the
 * database, within caps kept across the nodes, so they hold on every node and across restarts; the failed passwords
 * are counted there too ({@link TryLimits}), so the lock holds whichever node a guess is sent to. Changing
 * someone's roles or closing their account (console, REST or {@code hall:staff-*}) ends their sessions at once;
 * changes made past the hall (Karaf's {@code jaas:*} commands, an edited users.properties) reach a live session
 * within {@code recheckSeconds}, when its roles are read again from the realm.
 */
@Component(service = {StaffSessions.class, EventHandler.class}, configurationPid = "org.parkhall.web.login",
        property = EventConstants.EVENT_TOPIC + "=" + StaffDirectory.ACCOUNT_CHANGED_TOPIC)
@Designate(ocd = StaffSessions.Config.class)
public final class StaffSessions implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(StaffSessions.class);
    /** Failed sign-ins go to the audit log, kept as long as the request log (etc/org.ops4j.pax.logging.cfg). */
    private static final Logger AUDIT = LoggerFactory.getLogger("org.parkhall.audit");
    public static final String COOKIE = "PARKHALL_SESSION";

    static final String REALM = "karaf";
    static final int IDLE_MINUTES = 30;
    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;
    static final int RECHECK_SECONDS = 60;
    static final int MAX_FAILED_NAMES = 10000;
    static final int MAX_SESSIONS_PER_ACCOUNT = 5;
    static final int MAX_SESSIONS = 1000;

    @ObjectClassDefinition(name = "%login", description = "%login.description", localization = "OSGI-INF/l10n/web")
    public @interface Config {
        @AttributeDefinition(name = "%login.realm", description = "%login.realm.description")
        String realm() default REALM;

        @AttributeDefinition(name = "%login.idleMinutes", description = "%login.idleMinutes.description")
        int idleMinutes() default IDLE_MINUTES;

        @AttributeDefinition(name = "%login.maxFailures", description = "%login.maxFailures.description")
        int maxFailures() default MAX_FAILURES;

        @AttributeDefinition(name = "%login.lockMinutes", description = "%login.lockMinutes.description")
        int lockMinutes() default LOCK_MINUTES;

        @AttributeDefinition(name = "%login.recheckSeconds", description = "%login.recheckSeconds.description")
        int recheckSeconds() default RECHECK_SECONDS;

        @AttributeDefinition(name = "%login.maxFailedNames", description = "%login.maxFailedNames.description")
        int maxFailedNames() default MAX_FAILED_NAMES;

        @AttributeDefinition(name = "%login.maxSessionsPerAccount",
                description = "%login.maxSessionsPerAccount.description")
        int maxSessionsPerAccount() default MAX_SESSIONS_PER_ACCOUNT;

        @AttributeDefinition(name = "%login.maxSessions", description = "%login.maxSessions.description")
        int maxSessions() default MAX_SESSIONS;
    }

    /** What the sign-in configuration sets, as checked, with the realm login and failure count built on it. */
    private record Settings(int idleMinutes, int lockMinutes, int recheckSeconds, int maxFailures,
            int maxSessionsPerAccount, int maxSessions, RealmLogin realm, FailedSignIns failures) {
        static Settings read(ConfigurationReader read) {
            String realm = read.text("realm", REALM);
            if (!realm.matches("[A-Za-z0-9._-]{1,64}")) {
                read.refuse("realm", realm, Bilingual.of("JAAS 域名称，如 karaf", "a JAAS realm name such as karaf"));
                realm = REALM;
            }
            int maxFailures = read.integer("maxFailures", MAX_FAILURES, 1, 100);
            int lockMinutes = read.integer("lockMinutes", LOCK_MINUTES, 1, 1440);
            return new Settings(read.integer("idleMinutes", IDLE_MINUTES, 1, 1440), lockMinutes,
                    read.integer("recheckSeconds", RECHECK_SECONDS, 1, 3600), maxFailures,
                    read.integer("maxSessionsPerAccount", MAX_SESSIONS_PER_ACCOUNT, 1, 100),
                    read.integer("maxSessions", MAX_SESSIONS, 1, 100000),
                    new RealmLogin(realm),
                    new FailedSignIns(maxFailures, Duration.ofMinutes(lockMinutes),
                            read.integer("maxFailedNames", MAX_FAILED_NAMES, 1, 1000000)));
        }
    }

    /** The latest reading of the configuration, to report when the hall's configuration checks are there. */
    private record Reading(ConfigurationReader read, boolean lastGoodKept) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private volatile Settings config;
    private volatile Reading reading;
    /**
     * Optional and dynamic: the sessions (and the access filter built on them) must not restart when the core's
     * staff directory does, or signed-in staff would be signed out and the filter away for a moment.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory directory;
    /** Likewise: while the core restarts, sign-in and staff calls answer 503 rather than this component going. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffSessionStore store;
    /** Likewise for the wrong-password counts, kept in the database so the lock holds on every node. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TryLimits tries;
    /** Likewise: a refusal is reported when the core's checks are there, and again whenever they come back. */
    private volatile HallConfiguration checks;

    @Activate
    public StaffSessions(Map<String, Object> properties) {
        configure(properties);
    }

    /** A changed configuration applies to the next request; a refused one leaves sign-in as it was. */
    @Modified
    void configure(Map<String, Object> properties) {
        ConfigurationReader read = new ConfigurationReader(properties);
        Settings candidate = Settings.read(read);
        Settings settled = HallConfiguration.settled(read, candidate, config);
        config = settled;
        reading = new Reading(read, settled != candidate);
        HallConfiguration present = checks;
        if (present != null) {
            present.report(read, settled != candidate);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            unbind = "unbindChecks")
    void bindChecks(HallConfiguration bound) {
        checks = bound;
        Reading latest = reading;
        if (latest != null) {
            bound.report(latest.read(), latest.lastGoodKept());
        }
    }

    void unbindChecks(HallConfiguration gone) {
        if (checks == gone) {
            checks = null;
        }
    }

    public int idleMinutes() {
        return config.idleMinutes();
    }

    /**
     * The staff member whose live session the request carries, touching the session; refused as unavailable
     * while the session store (the core, or its database) is away.
     */
    public Optional<Staff> current(HttpServletRequest request) {
        String id = sessionId(request);
        if (id == null) {
            return Optional.empty();
        }
        StaffSessionStore sessions = store();
        Optional<StaffSessionStore.Session> session = sessions.touch(id, Duration.ofMinutes(config.idleMinutes()));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Staff staff = new Staff(session.get().user(), session.get().roles(), session.get().csrfToken());
        if (session.get().checked().plusSeconds(config.recheckSeconds()).isBefore(clock.instant())) {
            return recheck(sessions, id, staff);
        }
        return Optional.of(staff);
    }

    /** Reads the session's roles again: gone or without a hall role ends it, changed roles apply from now. */
    private Optional<Staff> recheck(StaffSessionStore sessions, String id, Staff staff) {
        StaffDirectory accounts = directory;
        Optional<StaffAccount> account;
        try {
            if (accounts == null) {
                return Optional.of(staff); // the directory is restarting: nothing says the account changed
            }
            account = accounts.account(staff.user());
        } catch (HallException e) {
            return Optional.of(staff); // the realm is away for a moment: likewise
        }
        if (account.isEmpty()) {
            sessions.end(id);
            LOG.info("Signed out {}: the account is gone from the realm or holds no hall role", staff.user());
            return Optional.empty();
        }
        sessions.renew(id, account.get().roles());
        return Optional.of(new Staff(staff.user(), account.get().roles(), staff.csrfToken()));
    }

    private StaffSessionStore store() {
        return present(store);
    }

    private static <T> T present(T service) {
        if (service == null) {
            throw new ApiException(ErrorCode.UNAVAILABLE, ApiServlet.STARTING);
        }
        return service;
    }

    /**
     * Checks the password against the realm and opens a session; refused with a reason in both languages. The
     * check is reserved first, so concurrent tries never get more than {@code maxFailures} passwords checked.
     */
    public Staff signIn(String user, String password, HttpServletRequest request, HttpServletResponse response) {
        StaffSessionStore sessions = store();
        Settings config = this.config;
        TryLimits counts = present(tries);
        if (!config.failures().begin(counts, user)) {
            throw new ApiException(ErrorCode.LOCKED, Bilingual.of("密码错误次数过多，账号已锁定" + config.lockMinutes()
                    + "分钟", "too many wrong passwords; the account is locked for " + config.lockMinutes()
                    + " minutes"));
        }
        Optional<Staff> staff = Optional.empty();
        try {
            staff = config.realm().roles(user, password, directory).map(roles -> new Staff(user, roles, token()))
                    .filter(Staff::isHallStaff);
        } finally {
            if (config.failures().finished(counts, user, staff.isPresent())) {
                AUDIT.warn("Sign-in for {} locked for {} minutes after {} failures in a row, the last from {}", user,
                        config.lockMinutes(), config.maxFailures(), request.getRemoteAddr());
            }
        }
        if (staff.isEmpty()) {
            AUDIT.warn("Failed sign-in for {} from {}", user, request.getRemoteAddr());
            throw new ApiException(ErrorCode.UNAUTHENTICATED, Bilingual.of("用户名或密码不正确",
                    "wrong user name or password"));
        }
        String id = token();
        sessions.open(id, user, staff.get().roles(), staff.get().csrfToken(), Duration.ofMinutes(config.idleMinutes()),
                config.maxSessionsPerAccount(), config.maxSessions());
        // Secure when the hall is reached over HTTPS, so the cookie never travels in the clear afterwards.
        response.addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
        LOG.info("{} signed in with roles {}", user, staff.get().roles());
        return staff.get();
    }

    /** An account changed: its sessions end, so new roles (or none) apply from the next request. */
    @Override
    public void handleEvent(Event event) {
        Object user = event.getProperty("user");
        StaffSessionStore sessions = store;
        // Without the store nothing is ended here; the session's next recheck reads the account again.
        if (user instanceof String name && sessions != null && sessions.endAll(name)) {
            LOG.info("Signed out {}: the account was changed", name);
        }
    }

    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        String id = sessionId(request);
        if (id != null) {
            store().end(id);
        }
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sessionId(HttpServletRequest request) {
        return Cookies.value(request, COOKIE);
    }
}
