package org.parkhall.web.internal.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.TimeStatus;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Problem;
import org.parkhall.spi.ServiceItem;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.ledger.LedgerWording;

/**
 * Case status for the applicant (办件查询), given the case's {@code ?queryCode=}. Shows where the
 * case stands and what is missing, never who applied or what they handed in.
 */
@Component(service = PublicCasesApi.class)
public final class PublicCasesApi {

    /**
     * The case as its applicant sees it, in names and words: the item and department as the catalog names them,
     * {@code events} as when each step happened and what it was.
     */
    public record PublicCase(String number, String itemCode, Bilingual itemName, Bilingual department, CaseState state,
            LocalDate acceptedOn, LocalDate dueOn, TimeStatus timeStatus, List<Problem> problems,
            List<Step> events) {
    }

    public record Step(Instant at, Bilingual action) {
    }

    private final Cases cases;
    private final Catalog catalog;
    private final ApplicantProofs proofs;

    @Activate
    public PublicCasesApi(@Reference Cases cases, @Reference Catalog catalog, @Reference ApplicantProofs proofs) {
        this.cases = cases;
        this.catalog = catalog;
        this.proofs = proofs;
    }

    public Object status(Call call) {
        return of(proofs.caseOf(call.request(), call.parameter("number"), call.query("queryCode")));
    }

    /** {@code file} as its applicant sees it, whether they proved it with the query code or signed in online. */
    public PublicCase of(CaseFile file) {
        Optional<ServiceItem> item = catalog.entry(file.itemCode()).map(CatalogEntry::item);
        // An item the catalog has never described (not seen since) keeps the name the case was filed under.
        Bilingual itemName = item.map(ServiceItem::name).orElse(Bilingual.of(file.itemName(), file.itemName()));
        Bilingual department = item.map(known -> known.department().name())
                .orElse(Bilingual.of(file.department(), file.department()));
        return new PublicCase(file.number(), file.itemCode(), itemName, department, file.state(),
                file.acceptedOn(), file.dueOn(), file.timeStatus(),
                file.state() == CaseState.SUPPLEMENT_REQUIRED ? file.problems() : List.of(),
                cases.history(file.number()).stream()
                        .map(event -> new Step(event.time(), LedgerWording.action(event.action()))).toList());
    }
}
