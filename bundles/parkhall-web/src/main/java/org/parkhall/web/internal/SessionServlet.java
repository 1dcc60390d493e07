package org.parkhall.web.internal;

import java.util.Map;
import java.util.TreeSet;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.ErrorCode;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * Staff sign-in: {@code GET /api/v1/session} (who is signed in, with the CSRF token), {@code POST /api/v1/session}
 * {@code {username, password}} and {@code POST /api/v1/session/logout}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-session")
@HttpWhiteboardServletPattern({"/api/v1/session", "/api/v1/session/*"})
public final class SessionServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    /** One line, so that what is logged of a failed sign-in is one line of text too. */
    private static final TextField USER = TextField.line("username", "用户名", "user name", 64);

    private final transient StaffSessions sessions;

    @Activate
    public SessionServlet(@Reference StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        return view(sessions.current(request).orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED,
                Bilingual.of("未登录或登录已超时", "not signed in, or the session expired"))));
    }

    @Override
    protected Object post(HttpServletRequest request, HttpServletResponse response, JsonObject json) {
        if (path(request).length == 1 && path(request)[0].equals("logout")) {
            sessions.signOut(request, response);
            return Map.of("signedOut", true);
        }
        if (path(request).length > 0) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        Body body = new Body(json);
        String user = USER.required(body.text("username"));
        String password = body.text("password");
        if (password.isEmpty() || password.length() > 200) {
            throw new InvalidInputException("password", "请输入密码", "enter your password");
        }
        return view(sessions.signIn(user, password, request, response));
    }

    private Map<String, Object> view(Staff staff) {
        return Map.of("user", staff.user(), "roles", new TreeSet<>(staff.roles()), "departments",
                staff.departments(), "csrfToken", staff.csrfToken(), "idleMinutes", sessions.idleMinutes());
    }
}
