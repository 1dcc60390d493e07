package org.parkhall.web.internal.online;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.Cases;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Intake;
import org.parkhall.api.IntakeRequest;
import org.parkhall.api.Materials;
import org.parkhall.api.OnlineItems;
import org.parkhall.api.StoredMaterial;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.SignInRefused;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.api.Redirect;
import org.parkhall.web.internal.applicant.PublicCasesApi;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.materials.MaterialFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The online services (网上办) for a signed-in applicant: sign in and out, apply for an item its department takes
 * online (reviewed as at the window, the one-time notice the same), upload the materials as files, supplement,
 * and follow their own cases (or their enterprise's) and download what they uploaded. A case of anyone else is
 * "no such case", as a guess should learn nothing.
 */
@Component(service = OnlineApi.class)
public final class OnlineApi {
    private static final Logger AUDIT = LoggerFactory.getLogger("org.parkhall.audit");
    /** The channel online applications are filed under, beside the window's {@code WINDOW}. */
    static final String CHANNEL = "ONLINE";
    private static final int OWN_CASES = 100;

    /** One of the applicant's cases in their list. */
    record OwnCase(String number, String itemCode, String itemName, CaseState state, String applicantKind,
            LocalDate dueOn) {
    }

    private final PublicSessions sessions;
    private final OnlineItems online;
    private final Intake intake;
    private final Cases cases;
    private final Materials materials;
    private final PublicCasesApi views;

    @Activate
    public OnlineApi(@Reference PublicSessions sessions, @Reference OnlineItems online, @Reference Intake intake,
            @Reference Cases cases, @Reference Materials materials, @Reference PublicCasesApi views) {
        this.sessions = sessions;
        this.online = online;
        this.intake = intake;
        this.cases = cases;
        this.materials = materials;
        this.views = views;
    }

    /** Begins a sign-in: the page sends the browser to {@code redirect}, the identity provider's sign-in page. */
    public Object signIn(Call call) {
        return Map.of("redirect", sessions.begin(call.request(), call.response()).toString());
    }

    /** Where the provider sends the browser back: signed in, or told on the online page why not. */
    public Object callback(Call call) {
        Map<String, String> answer = new LinkedHashMap<>();
        for (String name : List.of("state", "code", "iss", "error")) {
            String value = call.query(name);
            if (value != null) {
                answer.put(name, value);
            }
        }
        try {
            sessions.finish(answer, call.request(), call.response());
            return new Redirect("/online/#cases");
        } catch (SignInRefused e) {
            AUDIT.warn("Online sign-in refused from {}: {}", call.request().getRemoteAddr(), e.text().en());
            return new Redirect(e.unreachable() ? "/online/#sign-in-unavailable" : "/online/#sign-in-refused");
        }
    }

    public Object signOut(Call call) {
        sessions.signOut(call.request(), call.response());
        return Map.of("signedOut", true);
    }

    /** Who is signed in, masked as every list is, with the session's CSRF token for the page's changes. */
    public Object account(Call call) {
        PublicAccount account = call.applicant();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", account.identity().name());
        answer.put("idNumber", IdentityNumbers.maskIdCard(account.identity().idNumber()));
        answer.put("phone", IdentityNumbers.maskPhone(account.identity().phone()));
        account.identity().enterprise().ifPresent(enterprise -> answer.put("enterprise",
                Map.of("creditCode", enterprise.creditCode(), "name", enterprise.name())));
        answer.put("csrfToken", account.csrfToken());
        return answer;
    }

    /**
     * Applies: {@code {itemCode, kind (PERSON or ENTERPRISE), phone, facts{}, delivery{mode, address}}}. No material
     * is presented yet, so the notice names every one to upload; then {@link #upload} and {@link #supplement}.
     */
    public Object apply(Call call) {
        Body body = call.body();
        String itemCode = body.text("itemCode").strip();
        if (!online.acceptsOnline(itemCode)) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("该事项暂不支持网上申请，请到窗口办理",
                    "this item is not taken online; apply at the window"));
        }
        String kind = body.text("kind");
        Applicant applicant = call.applicant().applicant(kind.isBlank() ? Applicant.Kind.PERSON
                : body.choice("kind", Applicant.Kind.class), body.text("phone"));
        Body delivery = body.object("delivery");
        CaseFile file = intake.submit(new IntakeRequest(itemCode, applicant, Set.of(), body.textMap("facts"),
                new DeliveryChoice(delivery.choice("mode", DeliveryMode.class), delivery.text("address")), CHANNEL),
                call.actor());
        return views.of(file);
    }

    /** The applicant's own cases and their enterprise's, newest first. */
    public Object cases(Call call) {
        PublicAccount account = call.applicant();
        List<String> identities = new ArrayList<>(List.of(account.identity().idNumber()));
        account.identity().enterprise().ifPresent(enterprise -> identities.add(enterprise.creditCode()));
        List<OwnCase> own = identities.stream()
                .flatMap(id -> cases.search(new CaseQuery(id, "", "", null, OWN_CASES)).stream())
                .filter(account::owns).sorted(Comparator.comparing(CaseFile::createdAt).reversed())
                .map(file -> new OwnCase(file.number(), file.itemCode(), file.itemName(), file.state(),
                        file.applicant().kind().name(), file.dueOn())).toList();
        return Map.of("cases", own);
    }

    /** One own case as the applicant sees it, with the files they and the window attached. */
    public Object caseFile(Call call) {
        CaseFile file = own(call);
        return Map.of("case", views.of(file), "materials", materials.of(file.number()));
    }

    /** Uploads one material of the case as a file (the request's body: the PDF, JPEG or PNG itself). */
    public Object upload(Call call) {
        CaseFile file = own(call);
        return materials.attach(file.number(), call.parameter("material"), call.file(), call.actor());
    }

    /**
     * Supplements: {@code {facts{}}}; what is presented are the materials uploaded (a file online stands for the
     * paper at the window). The handler reviews the application again, as at the window.
     */
    public Object supplement(Call call) {
        CaseFile file = own(call);
        Set<String> uploaded = materials.of(file.number()).stream().filter(StoredMaterial::kept)
                .map(StoredMaterial::materialCode).collect(Collectors.toSet());
        return views.of(intake.supplement(file.number(), uploaded, call.body().textMap("facts"), call.actor()));
    }

    /** A file of the own case, as a download (in the case's ledger). */
    public Object material(Call call) {
        CaseFile file = own(call);
        return MaterialFiles.file(materials.open(file.number(), Long.parseLong(call.parameter("id")), true,
                call.actor()), false);
    }

    private CaseFile own(Call call) {
        String number = call.parameter("number");
        PublicAccount account = call.applicant();
        return cases.find(number).filter(account::owns).orElseThrow(() -> HallException.notFound(
                "没有该办件：" + number, "no such case: " + number));
    }
}
