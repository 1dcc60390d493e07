package org.parkhall.web.internal.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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
import org.parkhall.api.HallException;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.StaffSessionStore;
import org.parkhall.api.TryLimits;
import org.parkhall.spi.Bilingual;
import org.parkhall.web.internal.api.ApiServlet;
import org.parkhall.web.internal.http.ApiException;
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

    @ObjectClassDefinition(name = "Parkhall staff login")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm staff accounts come from")
        String realm() default "karaf";

        @AttributeDefinition(description = "Minutes without a request after which a session ends")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Failed passwords in a row after which an account is locked for a while")
        int maxFailures() default 5;

        @AttributeDefinition(description = "Minutes an account stays locked after too many failed passwords (at least 1)")
        int lockMinutes() default 15;

        @AttributeDefinition(description = "Seconds after which a live session's roles are read again from the realm")
        int recheckSeconds() default 60;

        @AttributeDefinition(description = "User names whose failed sign-ins are remembered; beyond that the least"
                + " recently tried name that is not locked is forgotten")
        int maxFailedNames() default 10000;

        @AttributeDefinition(description = "Live sessions one account may have; a further sign-in ends the one idle"
                + " the longest")
        int maxSessionsPerAccount() default 5;

        @AttributeDefinition(description = "Live sessions in all; a further sign-in ends the one idle the longest")
        int maxSessions() default 1000;
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final Config config;
    private final RealmLogin realm;
    private final FailedSignIns failures;
    private final Duration idle;
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

    @Activate
    public StaffSessions(Config config) {
        if (config.recheckSeconds() < 1 || config.idleMinutes() < 1 || config.maxSessionsPerAccount() < 1
                || config.maxSessions() < 1) {
            throw new IllegalArgumentException("recheckSeconds, idleMinutes and both session caps must be positive");
        }
        this.config = config;
        this.realm = new RealmLogin(config.realm());
        this.failures = new FailedSignIns(config.maxFailures(), Duration.ofMinutes(config.lockMinutes()),
                config.maxFailedNames());
        this.idle = Duration.ofMinutes(config.idleMinutes());
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
        Optional<StaffSessionStore.Session> session = sessions.touch(id, idle);
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
        TryLimits counts = present(tries);
        if (!failures.begin(counts, user)) {
            throw new ApiException(ErrorCode.LOCKED, Bilingual.of("密码错误次数过多，账号已锁定" + config.lockMinutes()
                    + "分钟", "too many wrong passwords; the account is locked for " + config.lockMinutes()
                    + " minutes"));
        }
        Optional<Staff> staff = Optional.empty();
        try {
            staff = realm.roles(user, password, directory).map(roles -> new Staff(user, roles, token()))
                    .filter(Staff::isHallStaff);
        } finally {
            if (failures.finished(counts, user, staff.isPresent())) {
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
        sessions.open(id, user, staff.get().roles(), staff.get().csrfToken(), idle, config.maxSessionsPerAccount(),
                config.maxSessions());
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
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(COOKIE) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
