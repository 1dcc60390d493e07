package org.parkhall.web.internal.hall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallHealth;
import org.parkhall.api.Readiness;
import org.parkhall.spi.Bilingual;
import org.parkhall.web.internal.api.Answered;
import org.parkhall.web.internal.api.ApiServlet;
import org.parkhall.web.internal.api.Call;

/**
 * Liveness and readiness. Live: the web answers at all (200 always). Ready: 200 with the hall's status when
 * {@link HallHealth} finds nothing wrong; otherwise 503, DEGRADED or DOWN, in the one error shape ({@code
 * unavailable}) naming the first component that is not active, with every problem listed. Needs nothing: it
 * answers even while the core is away.
 */
@Component(service = HealthApi.class)
public final class HealthApi {
    private static final int NOT_READY = 503;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HallHealth health;

    public Object live(Call call) {
        return Map.of("status", "UP");
    }

    public Object ready(Call call) {
        HallHealth core = health;
        Readiness readiness = core == null ? coreAway() : core.readiness();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", readiness.state().name());
        if (!readiness.ready()) {
            answer.put("error", error(readiness));
        }
        if (readiness.hall() != null) {
            answer.put("hall", readiness.hall());
        }
        answer.put("problems", readiness.problems());
        answer.put("itemsUnavailable", readiness.itemsUnavailable());
        answer.put("warnings", readiness.warnings());
        return readiness.ready() ? answer : new Answered(NOT_READY, answer);
    }

    private static Readiness coreAway() {
        return new Readiness(Readiness.State.DOWN, List.of(new Readiness.Problem("component", "parkhall-core",
                "the hall's core bundle is not active")), null, List.of(), List.of());
    }

    /** The error shape's part: the database's words when the store does not answer, else the first problem named. */
    static Map<String, String> error(Readiness readiness) {
        Bilingual text;
        if (readiness.problems().stream().anyMatch(problem -> problem.check().equals("store"))) {
            text = ApiServlet.DATABASE_UNAVAILABLE;
        } else {
            Readiness.Problem first = readiness.problems().get(0);
            text = Bilingual.of("大厅未就绪：" + first.component() + " 未运行（" + first.reason() + "）",
                    "the hall is not ready: " + first.component() + " is not active (" + first.reason() + ")");
        }
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", ErrorCode.UNAVAILABLE.code());
        error.put("message", text.zh());
        error.put("messageEn", text.en());
        return error;
    }
}
