package org.parkhall.web.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
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
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Intake;
import org.parkhall.spi.Bilingual;

/**
 * Cases: {@code GET /api/v1/cases?q=&item=&department=&state=&limit=} (masked list),
 * {@code GET /api/v1/cases/overdue}, {@code GET /api/v1/cases/{no}}, {@code GET /api/v1/cases/{no}/ledger},
 * {@code GET /api/v1/cases/{no}/documents/{notice|refusal|receipt}} (printable),
 * {@code POST /api/v1/cases/{no}/supplement} {@code {presented, facts}},
 * {@code POST /api/v1/cases/{no}/query-code} (a new query code for an applicant who lost theirs) and
 * {@code POST /api/v1/cases/{no}/actions} {@code {action, note}}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-cases")
@HttpWhiteboardServletPattern({"/api/v1/cases", "/api/v1/cases/*"})
public final class CasesServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    /**
     * The department's part of a case: decide, or stop and restart the clock. Every other action (dispatch,
     * deliver, close, withdraw, forward) is the window's, a clerk's.
     */
    private static final Set<CaseAction> APPROVER_ACTIONS = EnumSet.of(CaseAction.APPROVE, CaseAction.DENY,
            CaseAction.SUSPEND, CaseAction.RESUME);
    private static final Comparator<CaseFile> NEWEST_FIRST = Comparator.comparing(CaseFile::createdAt)
            .thenComparing(CaseFile::number).reversed();

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
                    limit(request, 100));
            return Map.of("cases", search(viewer(request), query).stream().map(CaseView::of).toList());
        }
        if (path.length == 1 && path[0].equals("overdue")) {
            Staff staff = viewer(request);
            return Map.of("cases", cases.overdue().stream().filter(file -> staff.sees(file.department()))
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
        if (path.length == 2 && path[1].equals("query-code")) {
            visibleCase(request, path[0]);
            return Map.of("number", path[0], "queryCode", cases.issueQueryCode(path[0], actor(request)));
        }
        if (path.length == 2 && path[1].equals("actions")) {
            CaseAction action = body.choice("action", CaseAction.class);
            CaseFile file = visibleCase(request, path[0]);
            Staff staff = viewer(request);
            if (APPROVER_ACTIONS.contains(action) ? !staff.decidesFor(file.department()) : !staff.isClerk()) {
                throw new ApiException(ErrorCode.FORBIDDEN, Bilingual.of("您的角色不能对该办件执行“" + action.label().zh()
                        + "”", "your role may not " + action.label().en() + " this case"));
            }
            return cases.act(path[0], action, actor(request), body.text("note"));
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }


    /** The signed-in staff member: every call here is a staff call, which the access filter lets in only so. */
    private static Staff viewer(HttpServletRequest request) {
        return staff(request).orElseThrow();
    }

    /**
     * The cases matching the query that the staff member may see: all for clerks and admins; for an approver
     * alone, those of the departments they approve for (one search each, merged newest first), nothing for
     * another department asked for by name.
     */
    private List<CaseFile> search(Staff staff, CaseQuery query) {
        if (staff.isClerk()) {
            return cases.search(query);
        }
        return staff.departments().stream()
                .filter(department -> query.department().isEmpty() || query.department().equals(department))
                .flatMap(department -> cases.search(new CaseQuery(query.text(), query.itemCode(), department,
                        query.state(), query.limit())).stream())
                .sorted(NEWEST_FIRST).limit(query.limit()).toList();
    }

    /** The case, if this staff member may see it; another department's case is "not found" to an approver. */
    private CaseFile visibleCase(HttpServletRequest request, String number) {
        Staff staff = viewer(request);
        return cases.find(number).filter(file -> staff.sees(file.department())).orElseThrow(() ->
                HallException.notFound("没有该办件：" + number, "no such case: " + number));
    }
}
