package org.parkhall.web.internal.hall;

import java.time.LocalDate;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.Checklist;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.http.JsonServlet;

/**
 * For the hall admin: {@code GET /api/v1/calendar?year=} (working days, holidays, swapped workdays; this year by
 * default) and {@code GET /api/v1/checklist} (the "十有" standard, judged from the hall's data).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-hall-info")
@HttpWhiteboardServletPattern({"/api/v1/calendar", "/api/v1/checklist"})
public final class HallInfoServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient WorkingCalendar calendar;
    private final transient Checklist checklist;

    @Activate
    public HallInfoServlet(@Reference WorkingCalendar calendar, @Reference Checklist checklist) {
        this.calendar = calendar;
        this.checklist = checklist;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        if (request.getServletPath().equals("/api/v1/checklist")) {
            return Map.of("items", checklist.items());
        }
        String year = request.getParameter("year");
        if (year == null || year.isBlank()) {
            return calendar.year(LocalDate.now().getYear());
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new InvalidInputException("year", "年份须为四位数字", "the year is four digits");
        }
        return calendar.year(Integer.parseInt(year.strip()));
    }
}
