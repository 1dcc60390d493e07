package org.parkhall.web.internal.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.parkhall.api.County;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.spi.Bilingual;
import org.parkhall.web.internal.api.Routes;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.ApiJson;
import org.parkhall.web.internal.online.PublicAccount;
import org.parkhall.web.internal.online.PublicSessions;

/**
 * Checks every API call against the access rule of its route in {@link Routes}: public calls pass (as an anonymous visitor); others need a
 * live staff session whose roles allow them (a site admin's floor lists only on a node of their site), and a change needs the session's CSRF token in {@code X-CSRF-Token};
 * online calls ({@link Access#APPLICANT}) likewise need a live public session and its token.
 * The signed-in user becomes the request's remote user, so every ledger entry names who acted.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("parkhall-access")
@HttpWhiteboardFilterPattern("/api/*")
@HttpWhiteboardFilterAsyncSupported
public final class AccessFilter implements Filter {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Set on every request the filter lets through, so the servlets can refuse one that never came this way. */
    public static final String PASSED = "parkhall.access-passed";

    private final StaffSessions sessions;
    private final PublicSessions applicants;
    private final Routes routes;
    private final County county;

    @Activate
    public AccessFilter(@Reference StaffSessions sessions, @Reference PublicSessions applicants,
            @Reference Routes routes, @Reference County county) {
        this.sessions = sessions;
        this.applicants = applicants;
        this.routes = routes;
        this.county = county;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Access access = routes.lookup(request).access();
        if (access == Access.PUBLIC) {
            // A public call acts for the visitor, whatever session the browser also carries.
            request.setAttribute(PASSED, access);
            chain.doFilter(request, response);
            return;
        }
        if (access == Access.APPLICANT) {
            applicant(request, response, chain);
            return;
        }
        Optional<Staff> staff;
        try {
            staff = sessions.current(request);
        } catch (ApiException e) { // the session store is away: fail closed, saying so
            ApiJson.refuse(response, e.error(), e.text(), "");
            return;
        } catch (HallException e) { // its database does not answer: likewise
            ApiJson.refuse(response, e.error(), e.text(), "");
            return;
        }
        if (staff.isEmpty()) {
            refuse(response, ErrorCode.UNAUTHENTICATED, "请先登录（或登录已超时）", "sign in first (or the session expired)");
        } else if (!access.allows(staff.get())) {
            refuse(response, ErrorCode.FORBIDDEN, "您的角色无权进行此操作", "your role does not allow this");
        } else if (!access.allowsAt(staff.get(), county.here().code())) {
            String here = county.here().code();
            refuse(response, ErrorCode.FORBIDDEN, "本节点服务站点" + here + "，您只能查看和管理本站点（" + String.join("、",
                    staff.get().siteScope().orElseThrow().sites()) + "）的数据", "this node serves site " + here
                    + "; you see and manage only your site's data (" + String.join(", ", staff.get().siteScope()
                    .orElseThrow().sites()) + ")");
        } else if (isChange(request) && !sameToken(staff.get().csrfToken(), request.getHeader(CSRF_HEADER))) {
            refuse(response, ErrorCode.CSRF, "页面已过期，请刷新后重试", "the page is stale (CSRF token); reload and retry");
        } else {
            request.setAttribute(PASSED, access);
            chain.doFilter(signedIn(request, staff.get()), response);
        }
    }

    /** An online call: the public session and, for a change, its CSRF token; staff sessions count for nothing. */
    private void applicant(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PublicAccount> account = applicants.current(request);
        if (account.isEmpty()) {
            refuse(response, ErrorCode.UNAUTHENTICATED, "请先网上登录（或登录已超时）", "sign in online first (or the session "
                    + "expired)");
        } else if (isChange(request) && !sameToken(account.get().csrfToken(), request.getHeader(CSRF_HEADER))) {
            refuse(response, ErrorCode.CSRF, "页面已过期，请刷新后重试", "the page is stale (CSRF token); reload and retry");
        } else {
            request.setAttribute(PASSED, Access.APPLICANT);
            request.setAttribute(PublicAccount.ATTRIBUTE, account.get());
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getRemoteUser() {
                    return account.get().actor();
                }
            }, response);
        }
    }

    private static boolean isChange(HttpServletRequest request) {
        return !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpServletRequest signedIn(HttpServletRequest request, Staff staff) {
        request.setAttribute(Staff.ATTRIBUTE, staff);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteUser() {
                return staff.user();
            }
        };
    }

    private static void refuse(HttpServletResponse response, ErrorCode code, String zh, String en)
            throws IOException {
        ApiJson.refuse(response, code, Bilingual.of(zh, en), "");
    }
}
