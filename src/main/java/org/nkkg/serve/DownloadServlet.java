package org.nkkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /downloads/}: the listed dump files only (see {@link Dumps}), with their media type, Content-Length,
 * ETag and Last-Modified; conditional GET (304) and single byte ranges (206). Turtle, TriG and VoID are sent
 * pre-compressed ({@code Content-Encoding: gzip}) to clients that accept gzip. Any other name, including
 * anything that tries to leave the directory, is 404.
 */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Dumps dumps;

    DownloadServlet(Dumps dumps) {
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        if ( info == null || info.equals("/") ) {
            index(req, resp);
            return;
        }
        String name = info.substring(1);
        Dumps.Entry entry = Dumps.ENTRIES.get(name);
        Path file = entry == null ? null : dumps.resolve(name);
        if ( file == null ) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        String encoding = null;
        if ( entry.kind() == Dumps.Kind.SOURCE ) {
            resp.setHeader("Vary", "Accept-Encoding");
            if ( Http.acceptsGzip(req) && req.getHeader("Range") == null ) {
                Path gz = dumps.gzipVariant(name);
                if ( gz != null ) {
                    file = gz;
                    encoding = "gzip";
                }
            }
        }
        long length = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        String etag = "\"" + Long.toHexString(length) + "-" + Long.toHexString(modified) + (encoding == null ? "" : "-gz") + "\"";

        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", modified);
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.setHeader("Accept-Ranges", "bytes");
        if ( Http.notModified(req, resp, etag, modified) )
            return;

        resp.setContentType(entry.mediaType());
        if ( encoding != null )
            resp.setHeader("Content-Encoding", encoding);
        if ( entry.mediaType().equals("application/gzip") )
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");

        long start = 0, end = length - 1;
        boolean partial = false;
        String range = req.getHeader("Range");
        String ifRange = req.getHeader("If-Range");
        if ( range != null && encoding == null && (ifRange == null || ifRange.equals(etag)) ) {
            long[] r = parseRange(range, length);
            if ( r == null ) {
                resp.setHeader("Content-Range", "bytes */" + length);
                Http.error(resp, HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE, "Range not satisfiable");
                return;
            }
            if ( r.length == 2 ) {
                start = r[0];
                end = r[1];
                partial = true;
            }
        }
        long count = length == 0 ? 0 : end - start + 1;
        if ( partial ) {
            resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            resp.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + length);
        }
        resp.setContentLengthLong(count);
        if ( req.getMethod().equals("HEAD") )
            return;
        try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
            in.skipNBytes(start);
            byte[] buf = new byte[1 << 16];
            long left = count;
            while ( left > 0 ) {
                int n = in.read(buf, 0, (int)Math.min(buf.length, left));
                if ( n < 0 )
                    break;
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    /** Parse a single "bytes=" range: {start,end}; empty array = ignore the header (serve all); null = unsatisfiable. */
    static long[] parseRange(String header, long length) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if ( !h.startsWith("bytes=") || h.indexOf(',') >= 0 )
            return new long[0];
        String spec = h.substring(6).trim();
        int dash = spec.indexOf('-');
        if ( dash < 0 )
            return new long[0];
        try {
            String a = spec.substring(0, dash).trim(), b = spec.substring(dash + 1).trim();
            long start, end;
            if ( a.isEmpty() ) {
                long suffix = Long.parseLong(b);
                if ( suffix <= 0 )
                    return null;
                start = Math.max(0, length - suffix);
                end = length - 1;
            } else {
                start = Long.parseLong(a);
                end = b.isEmpty() ? length - 1 : Math.min(Long.parseLong(b), length - 1);
            }
            if ( start >= length || start > end || start < 0 )
                return null;
            return new long[] {start, end};
        } catch (NumberFormatException ex) {
            return new long[0];
        }
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = Http.negotiate(req.getHeader("Accept"), Http.HTML, Http.HTML, Http.JSON);
        StringBuilder json = new StringBuilder("{\"downloads\":[");
        StringBuilder html = new StringBuilder();
        boolean first = true;
        for ( String name : Dumps.ORDER ) {
            Dumps.Entry e = Dumps.ENTRIES.get(name);
            if ( e.description() == null )
                continue;
            Path p = dumps.resolve(name);
            if ( p == null )
                continue;
            long size = Files.size(p);
            if ( !first )
                json.append(',');
            first = false;
            json.append("{\"name\":\"").append(Http.jsonEsc(name)).append("\",\"url\":\"/downloads/").append(Http.jsonEsc(name))
                .append("\",\"mediaType\":\"").append(Http.jsonEsc(e.mediaType())).append("\",\"bytes\":").append(size)
                .append(",\"description\":\"").append(Http.jsonEsc(e.description())).append("\"}");
            html.append("<tr><td><a href=\"/downloads/").append(Http.esc(name)).append("\">").append(Http.esc(name)).append("</a></td><td>")
                .append(Http.esc(e.description())).append("</td><td>").append(Http.esc(e.mediaType())).append("</td><td class=\"num\">")
                .append(String.format(Locale.ROOT, "%,d", size)).append("</td></tr>\n");
        }
        json.append("]}");
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "no-cache");
        if ( Http.JSON.equals(type) ) {
            Http.send(req, resp, "application/json", json.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String body = Pages.page("Downloads", "<h1>Downloads</h1>\n<table class=\"list\"><tr><th>File</th><th>Content</th><th>Media type</th><th>Bytes</th></tr>\n"
                + html + "</table>\n<p>Compressed files are gzip; <code>nkkg.ttl</code>, <code>nkkg.trig</code> and <code>void.ttl</code> are also sent "
                + "gzip-encoded to clients that accept it (e.g. <code>curl --compressed</code>).</p>\n");
        Http.send(req, resp, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
