package org.parkhall.web.internal.cases;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseReviews;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.County;
import org.parkhall.api.HallException;
import org.parkhall.api.Intake;
import org.parkhall.api.Materials;
import org.parkhall.spi.Bilingual;
import org.parkhall.web.internal.access.Staff;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.materials.MaterialFiles;
import org.parkhall.web.internal.ledger.LedgerWording;

/**
 * Cases: the masked list ({@code ?q=&item=&department=&state=&limit=}), the overdue ones, one case, its ledger,
 * its printable documents ({@code notice|refusal|receipt}); a supplement {@code {presented, facts}}, a new query
 * code for an applicant who lost theirs, and an action {@code {action, note}}. An approver sees and decides only
 * their department's cases; a site admin sees their sites' cases (another site's is refused) and acts on none.
 */
@Component(service = CasesApi.class)
public final class CasesApi {
    /**
     * The department's part of a case: decide, or stop and restart the clock. Every other action (dispatch,
     * deliver, close, withdraw, forward) is the window's, a clerk's.
     */
    private static final Set<CaseAction> APPROVER_ACTIONS = EnumSet.of(CaseAction.APPROVE, CaseAction.DENY,
            CaseAction.SUSPEND, CaseAction.RESUME);
    private static final Comparator<CaseFile> NEWEST_FIRST = Comparator.comparing(CaseFile::createdAt)
            .thenComparing(CaseFile::number).reversed();

    private final Cases cases;
    private final Intake intake;
    private final County county;
    private final CaseReviews reviews;
    private final Materials materials;

    @Activate
    public CasesApi(@Reference Cases cases, @Reference Intake intake, @Reference County county,
            @Reference CaseReviews reviews, @Reference Materials materials) {
        this.cases = cases;
        this.intake = intake;
        this.county = county;
        this.reviews = reviews;
        this.materials = materials;
    }

    public Object search(Call call) {
        String state = call.query("state");
        CaseQuery query = new CaseQuery(call.query("q"), call.query("item"), call.query("department"),
                state == null || state.isBlank() ? null : new Body(new JsonObject()).choice("state", CaseState.class,
                        state), call.limit(100));
        return Map.of("cases", search(call.viewer(), query).stream().map(CaseView::of).toList());
    }

    public Object overdue(Call call) {
        Staff staff = call.viewer();
        List<CaseFile> overdue = staff.isClerk() ? cases.overdue() : Stream.concat(
                staff.siteScope().map(cases::overdue).orElse(List.of()).stream(),
                staff.departments().isEmpty() ? Stream.empty()
                        : cases.overdue().stream().filter(file -> staff.sees(file.department())))
                .distinct().toList();
        return Map.of("cases", overdue.stream().map(CaseView::of).toList());
    }

    public Object file(Call call) {
        return visibleCase(call);
    }

    public Object history(Call call) {
        visibleCase(call);
        return Map.of("events", cases.history(call.parameter("number")).stream().map(LedgerWording::worded).toList());
    }

    public Object document(Call call) {
        visibleCase(call);
        return cases.document(call.parameter("number"), new Body(new JsonObject()).choice("kind",
                CaseDocument.Kind.class, call.parameter("kind")));
    }

    public Object supplement(Call call) {
        return intake.supplement(call.parameter("number"), call.body().texts("presented"),
                call.body().textMap("facts"), call.actor());
    }

    /** The window attaches a scan (高拍仪 or scanner, through the browser) as one material of the case. */
    public Object attach(Call call) {
        CaseFile file = visibleCase(call);
        return materials.attach(file.number(), call.parameter("material"), call.file(), call.actor());
    }

    /** The case's electronic materials, without their content. */
    public Object materials(Call call) {
        return Map.of("materials", materials.of(visibleCase(call).number()));
    }

    /** One material, shown in the browser ({@code ?download=true} saves it); either way in the case's ledger. */
    public Object material(Call call) {
        CaseFile file = visibleCase(call);
        boolean download = Boolean.parseBoolean(call.query("download"));
        return MaterialFiles.file(materials.open(file.number(), Long.parseLong(call.parameter("id")), download,
                call.actor()), !download);
    }

    public Object queryCode(Call call) {
        String number = call.parameter("number");
        visibleCase(call);
        return Map.of("number", number, "queryCode", cases.issueQueryCode(number, call.actor()));
    }

    public Object act(Call call) {
        CaseAction action = call.body().choice("action", CaseAction.class);
        CaseFile file = visibleCase(call);
        Staff staff = call.viewer();
        if (APPROVER_ACTIONS.contains(action) ? !staff.decidesFor(file.department()) : !staff.isClerk()) {
            throw new ApiException(ErrorCode.FORBIDDEN, Bilingual.of("您的角色不能对该办件执行“" + action.label().zh()
                    + "”", "your role may not " + action.label().en() + " this case"));
        }
        return cases.act(call.parameter("number"), action, call.actor(), call.body().text("note"));
    }

    /** Which site took the case, holds its papers and hands out its result, with each hand-over (收受分离). */
    public Object sites(Call call) {
        visibleCase(call);
        return county.whereabouts(call.parameter("number"));
    }

    /** {@code {to, materials}}: this site hands the case's papers to site {@code to}, which handles it from then. */
    public Object handOver(Call call) {
        visibleCase(call);
        return county.handOver(call.parameter("number"), call.body().text("to"), call.body().text("materials"),
                call.actor());
    }

    /** {@code {site}}: the applicant collects the result at that site's window. */
    public Object pickupSite(Call call) {
        visibleCase(call);
        return county.deliverAt(call.parameter("number"), call.body().text("site"), call.actor());
    }

    /**
     * The cases matching the query that the staff member may see: all for clerks and admins; for an approver
     * alone, those of the departments they approve for (one search each), nothing for another department asked
     * for by name; for a site admin, those of their sites (scoped in the query); merged newest first.
     */
    private List<CaseFile> search(Staff staff, CaseQuery query) {
        if (staff.isClerk()) {
            return cases.search(query);
        }
        Stream<CaseFile> atSites = staff.siteScope().map(scope -> cases.search(query, scope).stream())
                .orElse(Stream.empty());
        Stream<CaseFile> ofDepartments = staff.departments().stream()
                .filter(department -> query.department().isEmpty() || query.department().equals(department))
                .flatMap(department -> cases.search(new CaseQuery(query.text(), query.itemCode(), department,
                        query.state(), query.limit())).stream());
        return Stream.concat(atSites, ofDepartments).distinct().sorted(NEWEST_FIRST).limit(query.limit()).toList();
    }

    /**
     * The case, if this staff member may see it; another department's case is "not found" to an approver, unless
     * their department is asked to countersign it.
     */
    private CaseFile visibleCase(Call call) {
        return ReviewsApi.visibleCase(call, cases, reviews);
    }
}
