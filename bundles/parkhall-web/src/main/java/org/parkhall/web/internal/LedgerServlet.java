package org.parkhall.web.internal;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.Ledger;

/** {@code GET /api/v1/ledger?limit=50}: the newest ledger entries (工作台账), newest first. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("parkhall-api-ledger")
@HttpWhiteboardServletPattern("/api/v1/ledger")
public final class LedgerServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Ledger ledger;

    @Activate
    public LedgerServlet(@Reference Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String limit = request.getParameter("limit");
        int count;
        try {
            count = limit == null || limit.isBlank() ? 50 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit 须为整数", "limit must be a whole number");
        }
        return Map.of("events", ledger.recent(count));
    }
}
