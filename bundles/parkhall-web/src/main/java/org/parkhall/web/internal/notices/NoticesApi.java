package org.parkhall.web.internal.notices;

import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.NoticeKind;
import org.parkhall.api.NoticeState;
import org.parkhall.api.Notices;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * The outbox of notices to applicants (通知): the hall admin lists it ({@code ?state=&kind=&reference=&limit=},
 * addresses masked), retries or cancels a notice not yet sent; staff record an opt-out or its undoing {@code
 * {subject}} (a phone, ID number or credit code); an applicant opts out with a case's query code {@code {queryCode}}
 * or the code printed in a notice {@code {code}}, both proofs throttled as every public proof is.
 */
@Component(service = NoticesApi.class)
public final class NoticesApi {
    private static final Body NO_BODY = new Body(new JsonObject());
    private static final int DEFAULT_LIMIT = 50;

    private final Notices notices;
    private final ApplicantProofs proofs;

    @Activate
    public NoticesApi(@Reference Notices notices, @Reference ApplicantProofs proofs) {
        this.notices = notices;
        this.proofs = proofs;
    }

    public Object outbox(Call call) {
        return Map.of("notices", notices.outbox(choice(call, "state", NoticeState.class),
                choice(call, "kind", NoticeKind.class), Optional.ofNullable(call.query("reference")),
                call.limit(DEFAULT_LIMIT)));
    }

    public Object retry(Call call) {
        return notices.retry(id(call), call.actor());
    }

    public Object cancel(Call call) {
        return notices.cancel(id(call), call.actor());
    }

    public Object optOut(Call call) {
        notices.optOut(call.body().text("subject"), call.actor());
        return Map.of("optedOut", true);
    }

    public Object optIn(Call call) {
        notices.optIn(call.body().text("subject"), call.actor());
        return Map.of("optedOut", false);
    }

    /** The applicant of a case, proven by its query code: no more notices to the phone the case was filed with. */
    public Object applicantOptOut(Call call) {
        CaseFile file = proofs.caseOf(call.request(), call.parameter("number"), call.body().text("queryCode"));
        notices.optOut(file.applicant().phone(), "applicant:" + file.number());
        return Map.of("optedOut", true);
    }

    /** The code printed in a notice; a code no notice has counts as a wrong proof. */
    public Object codeOptOut(Call call) {
        String code = call.body().text("code");
        return proofs.record(call.request(), code, () -> {
            if (!notices.optOutByCode(code)) {
                throw ApiException.notFound("退订码不正确", "no notice has that opt-out code");
            }
            return Map.of("optedOut", true);
        });
    }

    private static <E extends Enum<E>> Optional<E> choice(Call call, String name, Class<E> type) {
        String value = call.query(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(NO_BODY.choice(name, type, value));
    }

    private static long id(Call call) {
        return Long.parseLong(call.parameter("id"));
    }
}
