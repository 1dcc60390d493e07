package org.parkhall.web.internal.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.TimeStatus;
import org.parkhall.spi.Problem;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.api.Call;

/**
 * Case status for the applicant (办件查询), given the case's {@code ?queryCode=}. Shows where the
 * case stands and what is missing, never who applied or what they handed in.
 */
@Component(service = PublicCasesApi.class)
public final class PublicCasesApi {

    /** The case as its applicant sees it; {@code events} are when each step happened. */
    record PublicCase(String number, String itemCode, String itemName, String department, CaseState state,
            LocalDate acceptedOn, LocalDate dueOn, TimeStatus timeStatus, List<Problem> problems,
            List<Step> events) {
    }

    record Step(Instant at, String action) {
    }

    private final Cases cases;
    private final ApplicantProofs proofs;

    @Activate
    public PublicCasesApi(@Reference Cases cases, @Reference ApplicantProofs proofs) {
        this.cases = cases;
        this.proofs = proofs;
    }

    public Object status(Call call) {
        CaseFile file = proofs.caseOf(call.request(), call.parameter("number"), call.query("queryCode"));
        return new PublicCase(file.number(), file.itemCode(), file.itemName(), file.department(), file.state(),
                file.acceptedOn(), file.dueOn(), file.timeStatus(),
                file.state() == CaseState.SUPPLEMENT_REQUIRED ? file.problems() : List.of(),
                cases.history(file.number()).stream().map(event -> new Step(event.time(), event.action())).toList());
    }
}
