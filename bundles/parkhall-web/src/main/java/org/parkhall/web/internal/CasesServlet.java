package org.parkhall.web.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.HallException;
import org.parkhall.api.Intake;
import org.parkhall.spi.Bilingual;

/**
 * Cases: {@code GET /api/v1/cases?q=&item=&department=&state=&limit=} (masked list),
 * {@code GET /api/v1/cases/overdue}, {@code GET /api/v1/cases/{no}}, {@code GET /api/v1/cases/{no}/ledger},
 * {@code GET /api/v1/cases/{no}/documents/{notice|refusal|receipt}} (printable),
 * {@code POST /api/v1/cases/{no}/supplement} {@code {presented, facts}} and
 * {@code POST /api/v1/cases/{no}/actions} {@code {action, note}}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-cases")
@HttpWhiteboardServletPattern({"/api/v1/cases", "/api/v1/cases/*"})
public final class CasesServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    /** The window's part of a case: dispatch to the department, deliver, close, withdraw, forward. */
    private static final Set<CaseAction> CLERK_ACTIONS = EnumSet.of(CaseAction.DISPATCH, CaseAction.DELIVER,
            CaseAction.CLOSE, CaseAction.WITHDRAW, CaseAction.FORWARD);
    /** The department's part: decide, or stop and restart the clock. */
    private static final Set<CaseAction> APPROVER_ACTIONS = EnumSet.of(CaseAction.APPROVE, CaseAction.DENY,
            CaseAction.SUSPEND, CaseAction.RESUME);

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
                    department(request, request.getParameter("department")), state == null || state.isBlank() ? null
                    : new Body(new JsonObject()).choice("state", CaseState.class, state),
                    limit(request, 100));
            return Map.of("cases", cases.search(query).stream().map(CaseView::of).toList());
        }
        if (path.length == 1 && path[0].equals("overdue")) {
            return Map.of("cases", cases.overdue().stream().filter(file -> visible(request, file))
                    .map(CaseView::of).toList());
        }
        CaseFile file = visibleCase(request, path[0]);
        if (path.length == 1) {
            return file;
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
            CaseAction action = body.choice("action", CaseAction.class);
            visibleCase(request, path[0]);
            Staff staff = staff(request).orElseThrow();
            if (!staff.isAdmin() && !(staff.isClerk() && CLERK_ACTIONS.contains(action))
                    && !(!staff.department().isEmpty() && APPROVER_ACTIONS.contains(action))) {
                throw new ApiException(403, "forbidden", Bilingual.of("您的角色不能对办件执行“" + action.label().zh() + "”",
                        "your role may not " + action.label().en() + " a case"));
            }
            return cases.act(path[0], action, actor(request), body.text("note"));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }


    /** An approver sees only their department's cases; everyone else asks for the department they want. */
    private static String department(HttpServletRequest request, String asked) {
        return staff(request).filter(Staff::isOnlyApprover).map(Staff::department).orElse(asked);
    }

    private static boolean visible(HttpServletRequest request, CaseFile file) {
        return staff(request).filter(Staff::isOnlyApprover).map(staff -> staff.department()
                .equals(file.department())).orElse(true);
    }

    /** The case, if this staff member may see it; another department's case is "not found" to an approver. */
    private CaseFile visibleCase(HttpServletRequest request, String number) {
        return cases.find(number).filter(file -> visible(request, file)).orElseThrow(() ->
                HallException.notFound("没有该办件：" + number, "no such case: " + number));
    }
}
