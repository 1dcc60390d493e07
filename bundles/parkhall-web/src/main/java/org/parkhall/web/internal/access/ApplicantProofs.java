package org.parkhall.web.internal.access;

import java.time.Duration;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.TryLimits;
import org.parkhall.spi.Bilingual;
import org.parkhall.web.internal.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a visitor proves a case or a booking is theirs with its query code (查询码): the case status page, a
 * case's rating, a booking's lookup, cancellation and kiosk check-in, and a complaint's or on-site request's
 * lookup. Wrong codes are throttled per client
 * and per reference ({@link ProofThrottle}); reaching a limit answers 429 and is logged with the client's address.
 */
@Component(service = ApplicantProofs.class, configurationPid = "org.parkhall.web.proofs")
@Designate(ocd = ApplicantProofs.Config.class)
public final class ApplicantProofs {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicantProofs.class);

    @ObjectClassDefinition(name = "Parkhall applicant proofs")
    public @interface Config {
        @AttributeDefinition(description = "Wrong query codes one client may give within the window")
        int wrongPerClient() default 10;

        @AttributeDefinition(description = "Wrong query codes one case or booking may be given within the window")
        int wrongPerReference() default 5;

        @AttributeDefinition(description = "Minutes a window of wrong codes lasts, and so how long a block lasts")
        int windowMinutes() default 15;

        @AttributeDefinition(description = "Clients and references remembered at most (a bound on the store's table)")
        int tracked() default 10000;
    }

    private final Cases cases;
    private final TryLimits tries;
    private final ProofThrottle throttle;

    @Activate
    public ApplicantProofs(@Reference Cases cases, @Reference TryLimits tries, Config config) {
        this.cases = cases;
        this.tries = tries;
        this.throttle = new ProofThrottle(config.wrongPerClient(), config.wrongPerReference(),
                Duration.ofMinutes(config.windowMinutes()), config.tracked());
    }

    /** The case, when {@code queryCode} is its applicant's; the same 404 for a wrong number as for a wrong code. */
    public CaseFile caseOf(HttpServletRequest request, String caseNumber, String queryCode) {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
        return proven(request, number, () -> cases.findForApplicant(number, queryCode).orElseThrow(() ->
                ApiException.notFound("办件编号或查询码不正确", "no case with that number and query code")));
    }

    /**
     * Runs {@code attempt}, which checks a booking's code itself and answers "not found" when it is wrong; that
     * answer counts as a wrong code.
     */
    public <T> T booking(HttpServletRequest request, String reference, Supplier<T> attempt) {
        return proven(request, reference == null ? "" : reference.strip().toUpperCase(), attempt);
    }

    /** As {@link #booking}, for a work record (a complaint, an on-site request) followed with its query code. */
    public <T> T record(HttpServletRequest request, String number, Supplier<T> attempt) {
        return proven(request, number == null ? "" : number.strip().toUpperCase(), attempt);
    }

    private <T> T proven(HttpServletRequest request, String reference, Supplier<T> attempt) {
        String client = request.getRemoteAddr();
        if (!throttle.begin(tries, client, reference)) {
            throw new ApiException(ErrorCode.TOO_MANY_ATTEMPTS, Bilingual.of("查询码错误次数过多，请"
                    + throttle.window().toMinutes() + "分钟后再试，或携带身份证件到窗口办理",
                    "too many wrong query codes; try again in " + throttle.window().toMinutes()
                            + " minutes, or come to a window with your ID"));
        }
        ErrorCode answer = null;
        try {
            return attempt.get();
        } catch (ApiException e) {
            answer = e.error();
            throw e;
        } catch (HallException e) {
            answer = e.error();
            throw e;
        } finally {
            if (throttle.finished(tries, client, reference, answer == ErrorCode.NOT_FOUND)) {
                LOG.warn("Wrong query codes from {} for {} reached the limit; refused for {} minutes", client,
                        reference, throttle.window().toMinutes());
            }
        }
    }
}
