package org.parkhall.web.internal.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.TimeStatus;
import org.parkhall.spi.Problem;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.http.JsonServlet;

/**
 * Case status for the applicant (办件查询): {@code GET /api/v1/public/cases/{number}?queryCode=}. Shows where the
 * case stands and what is missing, never who applied or what they handed in.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-public-cases")
@HttpWhiteboardServletPattern("/api/v1/public/cases/*")
public final class PublicCasesServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    /** The case as its applicant sees it; {@code events} are when each step happened. */
    record PublicCase(String number, String itemCode, String itemName, String department, CaseState state,
            LocalDate acceptedOn, LocalDate dueOn, TimeStatus timeStatus, List<Problem> problems,
            List<Step> events) {
    }

    record Step(Instant at, String action) {
    }

    private final transient Cases cases;
    private final transient ApplicantProofs proofs;

    @Activate
    public PublicCasesServlet(@Reference Cases cases, @Reference ApplicantProofs proofs) {
        this.cases = cases;
        this.proofs = proofs;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String[] path = path(request);
        if (path.length != 1) {
            throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
        }
        CaseFile file = proofs.caseOf(request, path[0], request.getParameter("queryCode"));
        return new PublicCase(file.number(), file.itemCode(), file.itemName(), file.department(), file.state(),
                file.acceptedOn(), file.dueOn(), file.timeStatus(),
                file.state() == CaseState.SUPPLEMENT_REQUIRED ? file.problems() : List.of(),
                cases.history(file.number()).stream().map(event -> new Step(event.time(), event.action())).toList());
    }
}
