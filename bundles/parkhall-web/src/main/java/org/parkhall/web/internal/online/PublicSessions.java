package org.parkhall.web.internal.online;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.IdentityProvider;
import org.parkhall.spi.PublicIdentity;
import org.parkhall.spi.SignInRefused;
import org.parkhall.spi.SignInStart;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Cookies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online sign-in through the hall's {@link IdentityProvider} (the highest-ranked one deployed) and the public
 * sessions that follow, apart from the staff's: their own cookie ({@value #COOKIE}: HttpOnly, SameSite=Strict,
 * Secure over HTTPS), their own CSRF token, an idle timeout. A sign-in begun is bound to the browser that began it
 * by a second cookie ({@value #BINDING}, SameSite=Lax so it comes back with the provider's redirect), so a link to
 * someone else's answer signs nobody in (login CSRF); its state is spent by its first answer. Sessions and sign-ins
 * under way are held by this node, so with several nodes the province's redirect must come back to the node that
 * sent it (sticky sessions), and a node's restart signs the public out.
 */
@Component(service = PublicSessions.class)
public final class PublicSessions {
    private static final Logger AUDIT = LoggerFactory.getLogger("org.parkhall.audit");
    public static final String COOKIE = "PARKHALL_PUBLIC";
    static final String BINDING = "PARKHALL_SIGNIN";
    static final String CALLBACK = "/api/v1/online/sign-in/callback";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration SIGN_IN_TIME = Duration.ofMinutes(10);
    static final int MAX_SESSIONS = 10000;
    static final int MAX_SIGN_INS = 10000;
    private static final Bilingual NO_PROVIDER = Bilingual.of("网上登录暂未开通（未配置统一身份认证）",
            "online sign-in is not set up (no identity provider is configured)");
    private static final Bilingual BUSY = Bilingual.of("网上登录人数过多，请稍后重试",
            "too many online sign-ins at once; try again in a moment");

    private record Session(PublicAccount account, Instant lastSeen) {
    }

    private record Pending(SignInStart started, String binding, URI callback, Instant begun) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Pending> signIns = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile IdentityProvider provider;

    /** Begins a sign-in: where to send the browser, and the binding cookie set on the way. */
    public URI begin(HttpServletRequest request, HttpServletResponse response) {
        IdentityProvider identity = provider();
        Instant now = clock.instant();
        signIns.values().removeIf(pending -> pending.begun().plus(SIGN_IN_TIME).isBefore(now));
        if (signIns.size() >= MAX_SIGN_INS) {
            throw new ApiException(ErrorCode.UNAVAILABLE, BUSY);
        }
        URI callback = callback(request);
        SignInStart started;
        try {
            started = identity.begin(callback);
        } catch (SignInRefused e) { // the provider's discovery did not answer: nobody can sign in now
            throw new ApiException(ErrorCode.UNAVAILABLE, e.text());
        }
        String binding = token();
        signIns.put(started.state(), new Pending(started, binding, callback, now));
        response.addHeader("Set-Cookie", BINDING + "=" + binding + "; Path=/api/v1/online/sign-in; Max-Age="
                + SIGN_IN_TIME.toSeconds() + "; HttpOnly; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
        return started.redirect();
    }

    /**
     * Finishes the sign-in the provider's answer belongs to and opens the session; refused when the answer names
     * no sign-in of this browser under way, or the provider refuses.
     */
    public PublicAccount finish(Map<String, String> answer, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", BINDING + "=; Path=/api/v1/online/sign-in; Max-Age=0; HttpOnly; SameSite=Lax");
        String state = answer.get("state");
        Pending pending = state == null ? null : signIns.remove(state);
        if (pending == null || pending.begun().plus(SIGN_IN_TIME).isBefore(clock.instant())
                || !pending.binding().equals(Cookies.value(request, BINDING))) {
            throw new SignInRefused("登录已过期或不是在本浏览器发起的，请重新登录",
                    "the sign-in expired or was not begun in this browser; sign in again");
        }
        PublicIdentity identity = provider().finish(pending.started(), pending.callback(), answer);
        Instant now = clock.instant();
        sessions.values().removeIf(session -> session.lastSeen().plus(IDLE).isBefore(now));
        if (sessions.size() >= MAX_SESSIONS) {
            throw new ApiException(ErrorCode.UNAVAILABLE, BUSY);
        }
        PublicAccount account = new PublicAccount(identity, token());
        String id = token();
        sessions.put(id, new Session(account, now));
        response.addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
        AUDIT.info("Online sign-in of {} from {}", identity, request.getRemoteAddr());
        return account;
    }

    /** The applicant whose live session the request carries, touching the session. */
    public Optional<PublicAccount> current(HttpServletRequest request) {
        String id = Cookies.value(request, COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.computeIfPresent(id, (key, live) -> live.lastSeen().plus(IDLE).isBefore(now) ? null
                : new Session(live.account(), now));
        return Optional.ofNullable(session).map(Session::account);
    }

    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        String id = Cookies.value(request, COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    private IdentityProvider provider() {
        IdentityProvider present = provider;
        if (present == null) {
            throw new ApiException(ErrorCode.UNAVAILABLE, NO_PROVIDER);
        }
        return present;
    }

    /** The provider's answer comes back to the hall as the browser reached it. */
    private static URI callback(HttpServletRequest request) {
        return URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + CALLBACK);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
