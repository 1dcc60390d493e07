package org.parkhall.web.internal.staff;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.StaffDirectory;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.http.JsonServlet;

/**
 * Staff accounts, for the hall admin: {@code GET /api/v1/staff}; {@code POST /api/v1/staff}
 * {@code {user, password, roles[]}}; {@code POST /api/v1/staff/{user}/roles} {@code {roles[]}};
 * {@code POST /api/v1/staff/{user}/remove}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-staff")
@HttpWhiteboardServletPattern({"/api/v1/staff", "/api/v1/staff/*"})
public final class StaffServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient StaffDirectory staff;

    @Activate
    public StaffServlet(@Reference StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        if (path(request).length > 0) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        return Map.of("accounts", staff.accounts());
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        Body body = new Body(json);
        String[] path = path(request);
        if (path.length == 0) {
            return staff.add(body.text("user"), body.text("password"), body.texts("roles"), actor(request));
        }
        if (path.length == 2 && path[1].equals("roles")) {
            return staff.setRoles(path[0], body.texts("roles"), actor(request));
        }
        if (path.length == 2 && path[1].equals("remove")) {
            staff.remove(path[0], actor(request));
            return Map.of("removed", path[0]);
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }
}
