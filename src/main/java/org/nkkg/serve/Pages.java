package org.nkkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The common frame of the server's HTML pages (no scripts; one stylesheet from /static). */
final class Pages {
    private Pages() {}

    /** Content-Security-Policy for the generated pages: nothing but our stylesheet and images. */
    static final String CSP_PAGES = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    static String page(String title, String body) {
        return page(title, body, "en", "");
    }

    static String page(String title, String body, String lang, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"" + Http.esc(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
               + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               + "<title>" + Http.esc(title) + " · NKKG</title>\n"
               + "<link rel=\"stylesheet\" href=\"/static/nkkg.css\">\n" + extraHead
               + "</head>\n<body>\n<header><a class=\"brand\" href=\"/\">NKKG</a>\n<nav>"
               + "<a href=\"/query.html\">SPARQL query</a> <a href=\"/downloads/\">Downloads</a> "
               + "<a href=\"/.well-known/void\">VoID</a> <a href=\"/ontology\">Ontology</a></nav></header>\n"
               + "<main>\n" + body + "</main>\n"
               + "<footer>Nagorno-Karabakh Knowledge Graph · <a href=\"/health\">status</a></footer>\n</body>\n</html>\n";
    }

    static void sendHtml(HttpServletRequest req, HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Content-Security-Policy", CSP_PAGES);
        Http.send(req, resp, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
}
