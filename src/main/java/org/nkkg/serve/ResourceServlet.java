package org.nkkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Static files bundled on the classpath under {@code org/nkkg/serve/static/} (the query editor, its licence,
 * the stylesheet). Names are plain file names (no directories); anything else is 404.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROOT = "/org/nkkg/serve/static/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

    /** Query page: script only from this server, styles may be inline (the editor sets some), fetches to this server. */
    static final String CSP_QUERY_PAGE = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                         + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                                         + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private record Res(byte[] bytes, String etag) {}

    private final Map<String, Res> cache = new ConcurrentHashMap<>();
    /** Fixed name to serve regardless of the path (e.g. the query page); null: take the name from the path. */
    private final String fixedName;

    ResourceServlet(String fixedName) {
        this.fixedName = fixedName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = fixedName;
        if ( name == null ) {
            String info = req.getPathInfo();
            name = info == null ? "" : info.substring(1);
        }
        if ( !NAME.matcher(name).matches() ) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        Res r = load(name);
        if ( r == null ) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        resp.setHeader("ETag", r.etag());
        resp.setHeader("Cache-Control", fixedName != null ? "no-cache" : "public, max-age=3600");
        if ( Http.notModified(req, resp, r.etag(), -1) )
            return;
        String type = typeOf(name);
        if ( type.startsWith("text/html") )
            resp.setHeader("Content-Security-Policy", CSP_QUERY_PAGE);
        Http.send(req, resp, type, r.bytes());
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private Res load(String name) throws IOException {
        Res r = cache.get(name);
        if ( r != null )
            return r;
        try (InputStream in = ResourceServlet.class.getResourceAsStream(ROOT + name)) {
            if ( in == null )
                return null;
            byte[] b = in.readAllBytes();
            r = new Res(b, Http.etagOf(b));
        }
        cache.put(name, r);
        return r;
    }

    static String typeOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if ( n.endsWith(".js") )
            return "text/javascript; charset=utf-8";
        if ( n.endsWith(".css") )
            return "text/css; charset=utf-8";
        if ( n.endsWith(".html") )
            return "text/html; charset=utf-8";
        if ( n.endsWith(".svg") )
            return "image/svg+xml";
        if ( n.endsWith(".png") )
            return "image/png";
        if ( n.endsWith(".ico") )
            return "image/x-icon";
        if ( n.endsWith(".json") || n.endsWith(".map") )
            return "application/json";
        return "text/plain; charset=utf-8";
    }
}
