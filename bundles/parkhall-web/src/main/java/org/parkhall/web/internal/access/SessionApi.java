package org.parkhall.web.internal.access;

import java.util.Map;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.County;
import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * Staff sign-in: who is signed in (with the CSRF token, the site this node serves, which the console shows as
 * where they work, and the sites a site admin manages, {@code siteAdminOf}: none for a county admin, who sees all),
 * signing in with {@code {username, password}}, and
 * signing out.
 */
@Component(service = SessionApi.class)
public final class SessionApi {
    /** One line, so that what is logged of a failed sign-in is one line of text too. */
    private static final TextField USER = TextField.line("username", "用户名", "user name", 64);

    private final StaffSessions sessions;
    private final County county;

    @Activate
    public SessionApi(@Reference StaffSessions sessions, @Reference County county) {
        this.sessions = sessions;
        this.county = county;
    }

    public Object current(Call call) {
        return view(sessions.current(call.request()).orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED,
                Bilingual.of("未登录或登录已超时", "not signed in, or the session expired"))));
    }

    public Object signIn(Call call) {
        Body body = call.body();
        String user = USER.required(body.text("username"));
        String password = body.text("password");
        if (password.isEmpty() || password.length() > 200) {
            throw new InvalidInputException("password", "请输入密码", "enter your password");
        }
        return view(sessions.signIn(user, password, call.request(), call.response()));
    }

    public Object signOut(Call call) {
        sessions.signOut(call.request(), call.response());
        return Map.of("signedOut", true);
    }

    private Map<String, Object> view(Staff staff) {
        return Map.of("user", staff.user(), "roles", new TreeSet<>(staff.roles()), "departments",
                staff.departments(), "leads", staff.leads(), "csrfToken", staff.csrfToken(), "idleMinutes",
                sessions.idleMinutes(), "site", county.here(), "siteAdminOf", staff.siteScope().map(scope ->
                        new TreeSet<>(scope.sites())).orElseGet(TreeSet::new));
    }
}
