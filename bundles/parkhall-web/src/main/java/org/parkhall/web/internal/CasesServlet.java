package org.parkhall.web.internal;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.HallException;
import org.parkhall.api.Intake;

/**
 * Cases: {@code GET /api/v1/cases?q=&item=&department=&state=&limit=} (masked list),
 * {@code GET /api/v1/cases/overdue}, {@code GET /api/v1/cases/{no}}, {@code GET /api/v1/cases/{no}/ledger},
 * {@code GET /api/v1/cases/{no}/documents/{notice|refusal|receipt}} (printable),
 * {@code POST /api/v1/cases/{no}/supplement} {@code {presented, facts}} and
 * {@code POST /api/v1/cases/{no}/actions} {@code {action, note}}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("parkhall-api-cases")
@HttpWhiteboardServletPattern({"/api/v1/cases", "/api/v1/cases/*"})
public final class CasesServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Cases cases;
    private final transient Intake intake;

    @Activate
    public CasesServlet(@Reference Cases cases, @Reference Intake intake) {
        this.cases = cases;
        this.intake = intake;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String[] path = path(request);
        if (path.length == 0) {
            String state = request.getParameter("state");
            CaseQuery query = new CaseQuery(request.getParameter("q"), request.getParameter("item"),
                    request.getParameter("department"), state == null || state.isBlank() ? null
                    : new Body(new JsonObject()).choice("state", CaseState.class, state),
                    limit(request.getParameter("limit")));
            return Map.of("cases", cases.search(query).stream().map(CaseView::of).toList());
        }
        if (path.length == 1 && path[0].equals("overdue")) {
            return Map.of("cases", cases.overdue().stream().map(CaseView::of).toList());
        }
        if (path.length == 1) {
            return cases.find(path[0]).orElseThrow(() -> HallException.notFound("没有该办件：" + path[0],
                    "no such case: " + path[0]));
        }
        if (path.length == 2 && path[1].equals("ledger")) {
            return Map.of("events", cases.history(path[0]));
        }
        if (path.length == 3 && path[1].equals("documents")) {
            return cases.document(path[0], new Body(new JsonObject()).choice("kind", CaseDocument.Kind.class,
                    path[2]));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        String[] path = path(request);
        Body body = new Body(json);
        if (path.length == 2 && path[1].equals("supplement")) {
            return intake.supplement(path[0], body.texts("presented"), body.textMap("facts"), actor(request));
        }
        if (path.length == 2 && path[1].equals("actions")) {
            return cases.act(path[0], body.choice("action", CaseAction.class), actor(request), body.text("note"));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }

    private static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit 须为整数", "limit must be a whole number");
        }
    }
}
