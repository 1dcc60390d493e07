package org.parkhall.web.internal.hall;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Hall;
import org.parkhall.api.HallStatus;
import org.parkhall.web.internal.api.ApiServlet;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The hall's health: 200 with the hall's status when the core and its database answer, 503 if not. */
@Component(service = HealthApi.class)
public final class HealthApi {
    private static final Logger LOG = LoggerFactory.getLogger(HealthApi.class);

    private final Hall hall;

    @Activate
    public HealthApi(@Reference Hall hall) {
        this.hall = hall;
    }

    public Object status(Call call) {
        HallStatus status;
        try {
            status = hall.status();
        } catch (RuntimeException e) {
            LOG.warn("health: the hall did not answer", e); // the reason stays in the log: it names classes
            throw new ApiException(ErrorCode.UNAVAILABLE, ApiServlet.DATABASE_UNAVAILABLE);
        }
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("hall", status);
        return health;
    }
}
