package org.parkhall.web.internal;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallException;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.spi.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in against the Karaf JAAS realm (hashed passwords in {@code etc/users.properties}), and the
 * sessions that follow: a random id in an HttpOnly, SameSite=Strict cookie, a separate CSRF token, an idle
 * timeout, and a lock after repeated failed passwords. Sessions live in memory: a restart signs everyone out.
 * Changing someone's roles or closing their account (console, REST or {@code hall:staff-*}) ends their sessions
 * at once; changes made past the hall (Karaf's {@code jaas:*} commands, an edited users.properties) reach a live
 * session within {@code recheckSeconds}, when its roles are read again from the realm.
 */
@Component(service = {StaffSessions.class, EventHandler.class}, configurationPid = "org.parkhall.web.login",
        property = EventConstants.EVENT_TOPIC + "=" + StaffDirectory.ACCOUNT_CHANGED_TOPIC)
@Designate(ocd = StaffSessions.Config.class)
public final class StaffSessions implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(StaffSessions.class);
    static final String COOKIE = "PARKHALL_SESSION";

    @ObjectClassDefinition(name = "Parkhall staff login")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm staff accounts come from")
        String realm() default "karaf";

        @AttributeDefinition(description = "Minutes without a request after which a session ends")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Failed passwords in a row after which an account is locked for a while")
        int maxFailures() default 5;

        @AttributeDefinition(description = "Minutes an account stays locked after too many failed passwords")
        int lockMinutes() default 15;

        @AttributeDefinition(description = "Seconds after which a live session's roles are read again from the realm")
        int recheckSeconds() default 60;
    }

    /** A session: who, when they last made a request, and when their roles were last read from the realm. */
    private record Session(Staff staff, Instant lastSeen, Instant checked) {
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final Config config;
    /**
     * Optional and dynamic: the sessions (and the access filter built on them) must not restart when the core's
     * staff directory does, or signed-in staff would be signed out and the filter away for a moment.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory directory;

    @Activate
    public StaffSessions(Config config) {
        if (config.idleMinutes() < 1 || config.maxFailures() < 1 || config.lockMinutes() < 0
                || config.recheckSeconds() < 1) {
            throw new IllegalArgumentException("idleMinutes, maxFailures and recheckSeconds must be at least 1,"
                    + " lockMinutes >= 0");
        }
        this.config = config;
    }

    int idleMinutes() {
        return config.idleMinutes();
    }

    /** The staff member whose live session the request carries, touching the session. */
    Optional<Staff> current(HttpServletRequest request) {
        String id = sessionId(request);
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.computeIfPresent(id, (key, live) ->
                expired(live, now) ? null : new Session(live.staff(), now, live.checked()));
        if (session != null && session.checked().plusSeconds(config.recheckSeconds()).isBefore(now)) {
            session = recheck(id, session, now);
        }
        return Optional.ofNullable(session).map(Session::staff);
    }

    /** Reads the session's roles again: gone or without a hall role ends it, changed roles apply from now. */
    private Session recheck(String id, Session session, Instant now) {
        StaffDirectory accounts = directory;
        Optional<StaffAccount> account;
        try {
            if (accounts == null) {
                return session; // the directory is restarting: nothing says the account changed; ask again next time
            }
            account = accounts.account(session.staff().user());
        } catch (HallException e) {
            return session; // the realm is away for a moment: likewise
        }
        if (account.isEmpty()) {
            sessions.remove(id);
            LOG.info("Signed out {}: the account is gone from the realm or holds no hall role", session.staff().user());
            return null;
        }
        Session renewed = new Session(new Staff(session.staff().user(), account.get().roles(),
                session.staff().csrfToken()), now, now);
        sessions.replace(id, renewed);
        return renewed;
    }

    /** Checks the password against the realm and opens a session; refused with a reason in both languages. */
    Staff signIn(String user, String password, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        Failures failed = failures.get(user);
        if (failed != null && failed.lockedUntil() != null && now.isBefore(failed.lockedUntil())) {
            throw new ApiException(429, "locked", Bilingual.of("密码错误次数过多，账号已锁定" + config.lockMinutes()
                    + "分钟", "too many wrong passwords; the account is locked for " + config.lockMinutes()
                    + " minutes"));
        }
        Set<String> roles = authenticate(user, password);
        if (roles == null) {
            int count = failed == null ? 1 : failed.count() + 1;
            failures.put(user, new Failures(count, count >= config.maxFailures()
                    ? now.plus(Duration.ofMinutes(config.lockMinutes())) : null));
            LOG.warn("Failed sign-in for {} ({} in a row)", user, count);
            throw new ApiException(401, "unauthenticated", Bilingual.of("用户名或密码不正确",
                    "wrong user name or password"));
        }
        failures.remove(user);
        Staff staff = new Staff(user, roles, token());
        if (!staff.isHallStaff()) {
            throw new ApiException(403, "forbidden", Bilingual.of("该账号没有大厅工作人员角色",
                    "this account has no hall staff role"));
        }
        sessions.values().removeIf(session -> expired(session, now));
        String id = token();
        sessions.put(id, new Session(staff, now, now));
        // Secure when the hall is reached over HTTPS, so the cookie never travels in the clear afterwards.
        response.addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
        LOG.info("{} signed in with roles {}", user, roles);
        return staff;
    }

    /** An account changed: its sessions end, so new roles (or none) apply from the next request. */
    @Override
    public void handleEvent(Event event) {
        Object user = event.getProperty("user");
        if (sessions.values().removeIf(session -> session.staff().user().equals(user))) {
            LOG.info("Signed out {}: the account was changed", user);
        }
    }

    void signOut(HttpServletRequest request, HttpServletResponse response) {
        String id = sessionId(request);
        if (id != null) {
            sessions.remove(id);
        }
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    /** The roles of a valid user and password, or null. */
    private Set<String> authenticate(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(config.realm(), subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            return subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private boolean expired(Session session, Instant now) {
        return session.lastSeen().plus(Duration.ofMinutes(config.idleMinutes())).isBefore(now);
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
