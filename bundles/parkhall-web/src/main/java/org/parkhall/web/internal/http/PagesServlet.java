package org.parkhall.web.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the hall's pages from this bundle's {@code web/} folder: the console, kiosk, display, rating pad and
 * guides, and their shared assets. A path without a file extension (like {@code /rate/3}) gets its face's
 * {@code index.html}. Headers keep the pages from running anything but their own scripts (CSP) or being framed.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("parkhall-pages")
@HttpWhiteboardServletPattern({"/console", "/console/*", "/kiosk", "/kiosk/*", "/display", "/display/*",
        "/rate", "/rate/*", "/guide", "/guide/*", "/online", "/online/*", "/assets/*"})
public final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json");

    /** GET and HEAD only: anything else is 405 (HttpServlet would answer an unknown method with 501). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            super.service(request, response);
        } else {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(405);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        if (!path.substring(path.lastIndexOf('/')).contains(".")) {
            path = "/index.html";
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        URL file = path.contains("..") || !TYPES.containsKey(extension) ? null
                : PagesServlet.class.getClassLoader().getResource("web" + request.getServletPath() + path);
        if (file == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(TYPES.get(extension));
        protect(response);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = file.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** Keeps a page from running anything but its own scripts, being framed or having its type guessed. */
    static void protect(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; frame-ancestors 'none'");
    }
}
