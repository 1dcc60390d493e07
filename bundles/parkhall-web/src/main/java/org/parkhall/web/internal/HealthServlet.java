package org.parkhall.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.Hall;
import org.parkhall.api.HallStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/v1/health}: 200 with the hall's status when the core and its database answer, 503 if not. */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-health")
@HttpWhiteboardServletPattern("/api/v1/health")
public final class HealthServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    private final transient Hall hall;

    @Activate
    public HealthServlet(@Reference Hall hall) {
        this.hall = hall;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        HallStatus status;
        try {
            status = hall.status();
        } catch (RuntimeException e) {
            LOG.warn("health: the hall did not answer", e); // the reason stays in the log: it names classes
            throw new ApiException(503, "unavailable", DATABASE_UNAVAILABLE);
        }
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("hall", status);
        return health;
    }
}
