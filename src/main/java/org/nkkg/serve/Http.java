package org.nkkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Small HTTP utilities: content negotiation, entity tags, conditional requests, plain error bodies. */
final class Http {
    private Http() {}

    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    static final String RDFXML = "application/rdf+xml";
    static final String HTML = "text/html";
    static final String JSON = "application/json";

    /** One entry of an Accept header. */
    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String offer) {
            int slash = offer.indexOf('/');
            String t = offer.substring(0, slash), s = offer.substring(slash + 1);
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }
    }

    private static List<Range> parseAccept(String header) {
        List<Range> out = new ArrayList<>();
        if ( header == null || header.isBlank() )
            return out;
        for ( String part : header.split(",") ) {
            String[] bits = part.trim().split(";");
            String mt = bits[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if ( slash <= 0 || slash == mt.length() - 1 ) {
                if ( mt.equals("*") )
                    mt = "*/*";
                else
                    continue;
                slash = 1;
            }
            double q = 1.0;
            for ( int i = 1; i < bits.length; i++ ) {
                String b = bits[i].trim();
                if ( b.startsWith("q=") || b.startsWith("Q=") ) {
                    try {
                        q = Double.parseDouble(b.substring(2).trim());
                    } catch (NumberFormatException ex) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return out;
    }

    /**
     * Choose among {@code offers} (in order of preference) for an Accept header. Returns
     * {@code dflt} when there is no Accept header, and null when nothing offered is acceptable.
     */
    static String negotiate(String acceptHeader, String dflt, String... offers) {
        List<Range> ranges = parseAccept(acceptHeader);
        if ( ranges.isEmpty() )
            return dflt;
        String best = null;
        double bestQ = 0;
        for ( String offer : offers ) {
            // The most specific range that matches decides the quality of this offer.
            Range match = null;
            for ( Range r : ranges ) {
                if ( r.matches(offer) && (match == null || r.specificity() > match.specificity()) )
                    match = r;
            }
            if ( match == null || match.q() <= 0 )
                continue;
            // A wildcard match for the default offer counts as slightly better than for the others,
            // so that "*/*" alone yields the default.
            double q = match.q() + (match.specificity() == 2 ? 0.0001 : offer.equals(dflt) ? 0.00005 : 0);
            if ( q > bestQ ) {
                bestQ = q;
                best = offer;
            }
        }
        return best;
    }

    /** Whether the client accepts gzip content-coding. */
    static boolean acceptsGzip(HttpServletRequest req) {
        String ae = req.getHeader("Accept-Encoding");
        if ( ae == null )
            return false;
        for ( String part : ae.split(",") ) {
            String[] bits = part.trim().split(";");
            String coding = bits[0].trim().toLowerCase(Locale.ROOT);
            if ( !coding.equals("gzip") && !coding.equals("x-gzip") )
                continue;
            for ( int i = 1; i < bits.length; i++ ) {
                String b = bits[i].trim().toLowerCase(Locale.ROOT);
                if ( b.startsWith("q=") ) {
                    try {
                        return Double.parseDouble(b.substring(2)) > 0;
                    } catch (NumberFormatException ex) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    /** A strong entity tag from bytes. */
    static String etagOf(byte[] content) {
        return "\"" + sha256Hex(content).substring(0, 32) + "\"";
    }

    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** If-None-Match matches the entity tag (weak comparison, as RFC 9110 asks for this header). */
    static boolean ifNoneMatchMatches(HttpServletRequest req, String etag) {
        String inm = req.getHeader("If-None-Match");
        if ( inm == null )
            return false;
        String plain = etag.startsWith("W/") ? etag.substring(2) : etag;
        for ( String t : inm.split(",") ) {
            String x = t.trim();
            if ( x.equals("*") )
                return true;
            if ( x.startsWith("W/") )
                x = x.substring(2);
            if ( x.equals(plain) )
                return true;
        }
        return false;
    }

    /**
     * Answer 304 if the request's validators match; true if the response is complete. If-None-Match takes
     * precedence over If-Modified-Since.
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, long lastModifiedMillis) {
        String method = req.getMethod();
        if ( !method.equals("GET") && !method.equals("HEAD") )
            return false;
        boolean nm;
        if ( req.getHeader("If-None-Match") != null )
            nm = etag != null && ifNoneMatchMatches(req, etag);
        else {
            long ims;
            try {
                ims = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException ex) {
                ims = -1;
            }
            nm = ims > 0 && lastModifiedMillis > 0 && (lastModifiedMillis / 1000) <= (ims / 1000);
        }
        if ( !nm )
            return false;
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        if ( etag != null )
            resp.setHeader("ETag", etag);
        return true;
    }

    /** Send a small text/plain error body (never echoes request data into HTML). */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        if ( resp.isCommitted() )
            return;
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(b);
        }
    }

    /** Write a complete body with Content-Length (no body for HEAD). */
    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if ( req.getMethod().equals("HEAD") )
            return;
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** scheme://host[:port] as seen by the client (for absolute links in generated descriptions). */
    static String requestOrigin(HttpServletRequest req) {
        String scheme = req.getScheme();
        String host = req.getHeader("Host");
        if ( host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+") ) {
            host = req.getServerName();
            int port = req.getServerPort();
            boolean dflt = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            if ( !dflt )
                host = host + ":" + port;
        }
        return scheme + "://" + host;
    }

    /** HTML-escape text for element content and attribute values. */
    static String esc(String s) {
        if ( s == null )
            return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for ( int i = 0; i < s.length(); i++ ) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escape a string for a JSON string literal (without the quotes). */
    static String jsonEsc(String s) {
        StringBuilder sb = new StringBuilder();
        for ( int i = 0; i < s.length(); i++ ) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if ( c < 0x20 )
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int)c));
                    else
                        sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
