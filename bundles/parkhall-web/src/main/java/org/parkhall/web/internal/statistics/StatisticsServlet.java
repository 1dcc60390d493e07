package org.parkhall.web.internal.statistics;


import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.Statistics;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.http.JsonServlet;

/** {@code GET /api/v1/stats?day=2026-11-24}: the day's figures (today by default) per queue, counter, department. */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-stats")
@HttpWhiteboardServletPattern("/api/v1/stats")
public final class StatisticsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Statistics statistics;

    @Activate
    public StatisticsServlet(@Reference Statistics statistics) {
        this.statistics = statistics;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String day = request.getParameter("day");
        if (day == null || day.isBlank()) {
            return statistics.today();
        }
        return statistics.day(Body.day("day", day));
    }
}
