package org.nkkg.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First filter of the chain:
 * <ul>
 * <li>security headers on every response ({@code X-Content-Type-Options: nosniff}, referrer policy);</li>
 * <li>CORS for reads: {@code Access-Control-Allow-Origin: *} on GET, HEAD and POST (SPARQL queries by POST)
 *     responses; preflights are answered here and only for GET, HEAD and POST; never with credentials;</li>
 * <li>write protection: requests to the update endpoint and Graph Store writes need HTTP Basic credentials
 *     (when updates are enabled; otherwise those endpoints do not exist), cross-site write requests are refused
 *     (a browser's cached Basic credentials must not be usable from another site), and repeated failed logins
 *     from one address are throttled.</li>
 * </ul>
 */
final class EdgeFilter implements Filter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> CORS_METHODS = Set.of("GET", "HEAD", "POST");
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, Cache-Control, If-None-Match, "
                                                  + "If-Modified-Since, Range, X-Requested-With";
    private static final String EXPOSED_HEADERS = "ETag, Last-Modified, Content-Length, Content-Range, Content-Disposition, "
                                                  + KgQueryService.HEADER_LIMIT;
    private static final int MAX_FAILURES = 10;
    private static final long FAILURE_WINDOW_MS = 60_000;

    private final String datasetPath;          // "/nkkg"
    private final Credentials credentials;     // null: updates disabled
    private final Map<String, long[]> failures = new ConcurrentHashMap<>();

    EdgeFilter(String datasetPath, Credentials credentials) {
        this.datasetPath = datasetPath;
        this.credentials = credentials;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest)request;
        HttpServletResponse resp = (HttpServletResponse)response;
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");

        String origin = req.getHeader("Origin");
        if ( origin != null ) {
            if ( method.equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null ) {
                preflight(req, resp);
                return;
            }
            if ( CORS_METHODS.contains(method) ) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            }
        }

        if ( credentials == null && (isWritePath(path(req)) || isWritePath(rawPath(req))) ) {
            // Updates are disabled: the update and data endpoints do not exist.
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found (this server is read-only)");
            return;
        }
        if ( isWrite(req, method) && credentials != null ) {
            if ( origin != null && !sameOrigin(origin, req) ) {
                Http.error(resp, HttpServletResponse.SC_FORBIDDEN, "Cross-site write requests are not accepted");
                return;
            }
            String client = req.getRemoteAddr();
            if ( throttled(client) ) {
                resp.setHeader("Retry-After", "60");
                Http.error(resp, 429, "Too many failed logins, try again later");
                return;
            }
            if ( !credentials.matches(req.getHeader("Authorization")) ) {
                recordFailure(client, req.getHeader("Authorization") != null);
                resp.setHeader("WWW-Authenticate", "Basic realm=\"nkkg\", charset=\"UTF-8\"");
                Http.error(resp, HttpServletResponse.SC_UNAUTHORIZED, "Credentials required for updates");
                return;
            }
            failures.remove(client);
        }
        chain.doFilter(request, response);
    }

    private void preflight(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String m = req.getHeader("Access-Control-Request-Method").trim().toUpperCase(Locale.ROOT);
        if ( !CORS_METHODS.contains(m) || isWritePath(path(req)) ) {
            // No CORS headers: the browser will not send the request.
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
        resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        resp.setHeader("Access-Control-Max-Age", "3600");
    }

    /** The request path within the server, decoded and normalized by the container. */
    private static String path(HttpServletRequest req) {
        String sp = req.getServletPath();
        String pi = req.getPathInfo();
        return (sp == null ? "" : sp) + (pi == null ? "" : pi);
    }

    private boolean isWritePath(String p) {
        String update = datasetPath + "/update";
        String data = datasetPath + "/data";
        return p.equals(update) || p.startsWith(update + "/") || p.equals(data) || p.startsWith(data + "/");
    }

    /** Requests that could change the data: anything to /update, unsafe methods to /data or the dataset itself. */
    private boolean isWrite(HttpServletRequest req, String method) {
        for ( String p : new String[] {path(req), rawPath(req)} ) {
            if ( p == null )
                continue;
            String update = datasetPath + "/update";
            if ( p.equals(update) || p.startsWith(update + "/") )
                return true;
            if ( SAFE.contains(method) )
                continue;
            String data = datasetPath + "/data";
            if ( p.equals(data) || p.startsWith(data + "/") )
                return true;
            if ( (p.equals(datasetPath) || p.equals(datasetPath + "/")) && !method.equals("POST") )
                return true;
        }
        return false;
    }

    private static String rawPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String cp = req.getContextPath();
        if ( uri != null && cp != null && !cp.isEmpty() && uri.startsWith(cp) )
            uri = uri.substring(cp.length());
        return uri;
    }

    static boolean sameOrigin(String origin, HttpServletRequest req) {
        String host = req.getHeader("Host");
        if ( host == null )
            return false;
        try {
            URI o = URI.create(origin.trim());
            if ( o.getScheme() == null || o.getRawAuthority() == null )
                return false;
            return o.getRawAuthority().equalsIgnoreCase(host.trim()) && o.getScheme().equalsIgnoreCase(req.getScheme());
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private boolean throttled(String client) {
        long[] f = failures.get(client);
        if ( f == null )
            return false;
        synchronized (f) {
            if ( System.currentTimeMillis() - f[1] > FAILURE_WINDOW_MS ) {
                failures.remove(client);
                return false;
            }
            return f[0] >= MAX_FAILURES;
        }
    }

    private void recordFailure(String client, boolean attempted) {
        if ( !attempted )
            return;   // a first request without credentials is the normal Basic challenge
        if ( failures.size() > 10_000 )
            failures.clear();
        long[] f = failures.computeIfAbsent(client, k -> new long[] {0, System.currentTimeMillis()});
        synchronized (f) {
            if ( System.currentTimeMillis() - f[1] > FAILURE_WINDOW_MS ) {
                f[0] = 0;
                f[1] = System.currentTimeMillis();
            }
            f[0]++;
        }
    }

    /**
     * One user and password for HTTP Basic, kept only as a salted SHA-256 digest of "user:password"; the
     * comparison takes the same time whatever the input.
     */
    static final class Credentials {
        private final byte[] salt = new byte[16];
        private final byte[] digest;

        Credentials(String user, char[] password) {
            if ( user == null || user.isEmpty() || user.indexOf(':') >= 0 )
                throw new IllegalArgumentException("User name must be non-empty and must not contain ':'");
            if ( password == null || password.length == 0 )
                throw new IllegalArgumentException("Password must not be empty");
            new SecureRandom().nextBytes(salt);
            char[] both = new char[user.length() + 1 + password.length];
            user.getChars(0, user.length(), both, 0);
            both[user.length()] = ':';
            System.arraycopy(password, 0, both, user.length() + 1, password.length);
            ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(both));
            byte[] bytes = new byte[bb.remaining()];
            bb.get(bytes);
            Arrays.fill(both, '\0');
            if ( bb.hasArray() )
                Arrays.fill(bb.array(), (byte)0);
            this.digest = hash(bytes);
            Arrays.fill(bytes, (byte)0);
        }

        boolean matches(String authorization) {
            if ( authorization == null )
                return false;
            String a = authorization.trim();
            if ( a.length() < 6 || !a.substring(0, 6).equalsIgnoreCase("Basic ") )
                return false;
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(a.substring(6).trim());
            } catch (IllegalArgumentException ex) {
                return false;
            }
            byte[] h = hash(decoded);
            Arrays.fill(decoded, (byte)0);
            return MessageDigest.isEqual(h, digest);
        }

        private byte[] hash(byte[] userColonPassword) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update(salt);
                md.update(userColonPassword);
                return md.digest();
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
