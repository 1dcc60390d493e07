package org.parkhall.web.internal.catalog;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.Catalog;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.JsonServlet;

/**
 * {@code GET /api/v1/items?q=&department=}: the catalog (searched by keyword in code, names, department and guide
 * when {@code q} is given), each item with its availability ("暂停受理" while its department's bundle is away), and
 * the 一件事 bundles. {@code GET /api/v1/items/{code}}: one item with its full service guide.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-items")
@HttpWhiteboardServletPattern({"/api/v1/items", "/api/v1/items/*"})
public final class ItemsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Catalog catalog;

    @Activate
    public ItemsServlet(@Reference Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            return Map.of("items", catalog.search(request.getParameter("q"), request.getParameter("department"))
                    .stream().map(ItemView::summary).toList(), "bundles", catalog.bundles());
        }
        String code = path.substring(1);
        return catalog.entry(code).map(ItemView::detail)
                .orElseThrow(() -> ApiException.notFound("没有该事项：" + code, "no such item: " + code));
    }
}
