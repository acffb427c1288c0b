package org.nkkg.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.nkkg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NKKG web server: embedded Fuseki over a {@link GraphStore}, with safe defaults.
 * <ul>
 * <li>Binds 127.0.0.1 unless another host is given.</li>
 * <li>SPARQL query at {@code /{name}/sparql} and {@code /{name}/query} (and {@code /{name}}), Graph Store
 *     read at {@code /{name}/get}. Read-only: SPARQL Update ({@code /{name}/update}) and Graph Store writes
 *     ({@code /{name}/data}) exist only after {@link Builder#allowUpdate}, and then need HTTP Basic
 *     credentials.</li>
 * <li>Queries: time limit (default 10 s), result cap (default 10,000 rows), bounded concurrency, SERVICE
 *     refused (see {@link KgQueryService}).</li>
 * <li>Request bodies above the size limit (default 1 MiB) are refused (413). Responses are gzip-compressed for
 *     clients that accept it; dumps are served pre-compressed. CORS for reads.</li>
 * <li>Also: {@code /} landing page, {@code /query.html} query editor, {@code /downloads/} dumps,
 *     {@code /.well-known/void}, {@code /ontology}, {@code /health}, and every IRI under the base IRI at its
 *     path (Linked Data: HTML, Turtle, JSON-LD).</li>
 * </ul>
 */
public final class KgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    private final FusekiServer fuseki;
    private final String host;
    private final Dumps dumps;
    private volatile boolean stopped = false;

    private KgServer(FusekiServer fuseki, String host, Dumps dumps) {
        this.fuseki = fuseki;
        this.host = host;
        this.dumps = dumps;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Start serving (returns once the port is bound). */
    public KgServer start() {
        fuseki.start();
        LOG.info("NKKG server on {}", baseUrl());
        if ( dumps != null ) {
            Thread t = new Thread(dumps::prepareAll, "nkkg-downloads");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    /** The bound port (the actual one when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** http://host:port of this server (loopback address when bound to all interfaces). */
    public String baseUrl() {
        String h = host;
        if ( h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]") )
            h = "127.0.0.1";
        if ( h.indexOf(':') >= 0 && !h.startsWith("[") )
            h = "[" + h + "]";
        return "http://" + h + ":" + port();
    }

    public void stop() {
        if ( stopped )
            return;
        stopped = true;
        fuseki.stop();
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException ex) {
            LOG.warn("Problem stopping the server: {}", ex.getMessage());
        }
    }

    /** Wait until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The underlying Fuseki server (for tests and advanced configuration). */
    FusekiServer fuseki() {
        return fuseki;
    }

    public static final class Builder {
        private static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
        private static final Set<String> RESERVED = Set.of("downloads", "static", "ontology", "health", "query.html",
                                                           "id", "event", "statement", "doc", "role", "link", "graph", "dataset");

        private String host = "127.0.0.1";
        private int port = 3030;
        private GraphStore store;
        private String datasetName = "nkkg";
        private Path downloads;
        private String baseIri = org.nkkg.rdf.Vocabulary.DEFAULT_BASE;
        private Duration queryTimeout = Duration.ofSeconds(10);
        private long maxResultRows = 10_000;
        private long maxRequestBytes = 1L << 20;
        private String updateUser;
        private char[] updatePassword;
        private int maxConcurrentQueries = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int maxThreads = 100;
        private Path ontology;

        private Builder() {}

        /** Address to bind (default 127.0.0.1). */
        public Builder host(String h) {
            this.host = Objects.requireNonNull(h);
            return this;
        }

        /** Port (default 3030; 0 = any free port). */
        public Builder port(int p) {
            if ( p < 0 || p > 65535 )
                throw new IllegalArgumentException("Bad port: " + p);
            this.port = p;
            return this;
        }

        public Builder store(GraphStore s) {
            this.store = Objects.requireNonNull(s);
            return this;
        }

        /** Dataset name (default "nkkg": /nkkg/sparql, /nkkg/query). */
        public Builder datasetName(String n) {
            this.datasetName = Objects.requireNonNull(n);
            return this;
        }

        /** Directory with nkkg.ttl, nkkg.trig and void.ttl, served at /downloads/ (with derived .gz variants). */
        public Builder downloads(Path dumpsDir) {
            this.downloads = dumpsDir;
            return this;
        }

        /** Base of the instance IRIs (default https://nkkg.example.org/); IRIs under it dereference at their path. */
        public Builder baseIri(String base) {
            this.baseIri = Objects.requireNonNull(base);
            return this;
        }

        /** Query time limit (default 10 s). */
        public Builder queryTimeout(Duration d) {
            if ( d == null || d.isNegative() || d.isZero() )
                throw new IllegalArgumentException("Query timeout must be positive");
            this.queryTimeout = d;
            return this;
        }

        /** Result cap for SELECT/CONSTRUCT/DESCRIBE (default 10,000). */
        public Builder maxResultRows(long n) {
            if ( n <= 0 )
                throw new IllegalArgumentException("maxResultRows must be positive");
            this.maxResultRows = n;
            return this;
        }

        /** Largest accepted request body (default 1 MiB). */
        public Builder maxRequestBytes(long n) {
            if ( n <= 0 )
                throw new IllegalArgumentException("maxRequestBytes must be positive");
            this.maxRequestBytes = n;
            return this;
        }

        /**
         * Enable SPARQL Update and Graph Store writes for this user (HTTP Basic). Off unless called. The password
         * array is not kept (only a salted digest), so the caller may clear it afterwards.
         */
        public Builder allowUpdate(String user, char[] password) {
            this.updateUser = Objects.requireNonNull(user);
            this.updatePassword = Arrays.copyOf(Objects.requireNonNull(password), password.length);
            return this;
        }

        /** How many queries may execute at once (default max(4, 2 × cores)); others wait up to the timeout. */
        public Builder maxConcurrentQueries(int n) {
            if ( n <= 0 )
                throw new IllegalArgumentException("maxConcurrentQueries must be positive");
            this.maxConcurrentQueries = n;
            return this;
        }

        /** Jetty worker threads (default 100). */
        public Builder maxThreads(int n) {
            if ( n < 8 )
                throw new IllegalArgumentException("maxThreads must be at least 8");
            this.maxThreads = n;
            return this;
        }

        /** Ontology file served at /ontology (default: ontology/nkkg.ttl if present, else from the classpath). */
        public Builder ontology(Path file) {
            this.ontology = file;
            return this;
        }

        public KgServer build() {
            if ( store == null )
                throw new IllegalStateException("No store");
            if ( !DATASET_NAME.matcher(datasetName).matches() || RESERVED.contains(datasetName) )
                throw new IllegalArgumentException("Bad dataset name: " + datasetName);
            String base = normalizeBase(baseIri);
            String basePath = URI.create(base).getRawPath();
            String dsPath = "/" + datasetName;
            if ( basePath.equals(dsPath + "/") || basePath.startsWith(dsPath + "/") )
                throw new IllegalArgumentException("The base IRI path " + basePath + " would be hidden by the dataset " + dsPath);
            long timeoutMillis = queryTimeout.toMillis();

            EdgeFilter.Credentials credentials = null;
            if ( updateUser != null ) {
                credentials = new EdgeFilter.Credentials(updateUser, updatePassword);
                Arrays.fill(updatePassword, '\0');
                updatePassword = null;
            }

            DatasetGraph dsg = store.dataset();
            hardenContext(dsg.getContext());

            DataService.Builder ds = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if ( credentials != null ) {
                ds.addEndpoint(Operation.Update, "update");
                ds.addEndpoint(Operation.GSP_RW, "data");
            }

            Dumps dumps = downloads == null ? null : new Dumps(downloads);
            OntologyServlet ontologyServlet = new OntologyServlet(ontology);

            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .fusekiModules(FusekiModules.empty())
                    .enablePing(false).enableStats(false).enableMetrics(false).enableCompact(false).enableTasks(false)
                    .enableCors(false)
                    .numServerThreads(4, maxThreads)
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                                       new KgQueryService(timeoutMillis, maxResultRows, maxConcurrentQueries))
                    .add(datasetName, ds)
                    .addFilter("/*", new EdgeFilter(dsPath, credentials))
                    .addServlet("", new LandingServlet(store, dsPath, base, dumps != null))
                    .addServlet("/query.html", new ResourceServlet("query.html"))
                    .addServlet("/static/*", new ResourceServlet(null))
                    .addServlet("/.well-known/void", new VoidServlet(dumps, store, base, dsPath))
                    .addServlet("/ontology", ontologyServlet)
                    .addServlet("/ontology.ttl", ontologyServlet)
                    .addServlet("/health", new HealthServlet(store, dsPath))
                    .addServlet(basePath + "*", new LinkedDataServlet(store, base, dsPath, Math.min(timeoutMillis, 10_000), ontologyServlet));
            if ( dumps != null )
                fb.addServlet("/downloads/*", new DownloadServlet(dumps));
            FusekiServer fuseki = fb.build();
            configureJetty(fuseki.getJettyServer(), host, maxRequestBytes);
            return new KgServer(fuseki, host, dumps);
        }

        static String normalizeBase(String base) {
            URI u;
            try {
                u = URI.create(base.trim());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Bad base IRI: " + base, ex);
            }
            if ( !u.isAbsolute() || u.getRawAuthority() == null || u.getRawQuery() != null || u.getRawFragment() != null
                 || !(u.getScheme().equals("http") || u.getScheme().equals("https")) )
                throw new IllegalArgumentException("The base IRI must be an absolute http(s) IRI without query or fragment: " + base);
            String s = u.toString();
            if ( u.getRawPath() == null || u.getRawPath().isEmpty() )
                s = s + "/";
            if ( !s.endsWith("/") )
                s = s + "/";
            return s;
        }

        /** SERVICE off for this dataset, whatever the global setting. */
        private static void hardenContext(Context cxt) {
            cxt.set(ARQ.httpServiceAllowed, false);
            ServiceExecutorRegistry none = new ServiceExecutorRegistry();
            none.addSingleLink((opExec, opOrig, binding, execCxt, chain) -> {
                throw new org.apache.jena.query.QueryDeniedException("SERVICE is disabled on this server");
            });
            ServiceExecutorRegistry.set(cxt, none);
        }

        // GzipHandler is deprecated in Jetty 12.1 in favour of the jetty-compression module, which jena-fuseki-main 5.6
        // does not bring; it works as before.
        @SuppressWarnings({"deprecation", "removal"})
        private static void configureJetty(Server server, String host, long maxRequestBytes) {
            for ( Connector c : server.getConnectors() ) {
                if ( c instanceof ServerConnector sc ) {
                    sc.setHost(host);
                    HttpConnectionFactory hcf = sc.getConnectionFactory(HttpConnectionFactory.class);
                    if ( hcf != null ) {
                        int headerLimit = (int)Math.max(16 * 1024, Math.min(512 * 1024, maxRequestBytes));
                        hcf.getHttpConfiguration().setRequestHeaderSize(headerLimit);
                        // Fuseki asks for a 5 MiB response buffer, allocated (and zeroed) for every response since it
                        // is too big to be pooled: most of the cost of a small query. 64 KiB buffers are pooled.
                        hcf.getHttpConfiguration().setOutputBufferSize(64 * 1024);
                        // Let requests with ambiguous or suspicious paths through the connector so that the
                        // first handler can answer them with 404 (they never reach a servlet).
                        hcf.getHttpConfiguration().setUriCompliance(UriCompliance.UNSAFE);
                    }
                }
            }
            Handler app = server.getHandler();
            // Request bodies: refuse (413) above the limit, whether announced by Content-Length or streamed.
            // Request bodies: refuse (413) above the limit, whether announced by Content-Length or sent chunked.
            BodyLimit limit = new BodyLimit(maxRequestBytes);
            limit.setHandler(app);
            // Responses: gzip for clients that accept it. Downloads are sent pre-compressed instead.
            org.eclipse.jetty.server.handler.gzip.GzipHandler gzip = new org.eclipse.jetty.server.handler.gzip.GzipHandler();
            gzip.setIncludedMethods("GET", "POST");
            gzip.setExcludedPaths("/downloads/*");
            gzip.setMinGzipSize(512);
            gzip.setInflateBufferSize(0);
            gzip.setHandler(limit);
            UriGuard guard = new UriGuard();
            guard.setHandler(gzip);
            server.setHandler(guard);
        }
    }

    /**
     * Request body limit. A Content-Length above the limit is refused at once (413). Any other body, of known or
     * unknown (chunked) length, is read into memory up to the limit before the application sees the request, and
     * refused (413) if it is longer; the application then reads the buffered copy. Bodies are small (1 MiB by default), so
     * buffering them costs little and every endpoint (query, form, update, Graph Store) gets the same answer.
     */
    static final class BodyLimit extends Handler.Wrapper {
        private final long max;

        BodyLimit(long max) {
            this.max = max;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            long length = request.getLength();
            if ( length > max ) {
                Response.writeError(request, response, callback, 413, "Request body too large (limit " + max + " bytes)");
                return true;
            }
            // Every body is read in full before the application answers, even when the answer ignores it (a 404 on a
            // read-only server): an unread body would make Jetty close a keep-alive connection that the client may
            // already be reusing for its next request, which the client then sees as a dropped connection.
            if ( length == 0 || (length < 0 && !request.getHeaders().contains(org.eclipse.jetty.http.HttpHeader.TRANSFER_ENCODING)) )
                return super.handle(request, response, callback);
            readAll(request, new java.io.ByteArrayOutputStream(), response, callback);
            return true;
        }

        /** Read the content chunk by chunk (asynchronously), then hand on the buffered request, or refuse it. */
        private void readAll(Request request, java.io.ByteArrayOutputStream acc, Response response, Callback callback) {
            while ( true ) {
                org.eclipse.jetty.io.Content.Chunk chunk = request.read();
                if ( chunk == null ) {
                    request.demand(() -> readAll(request, acc, response, callback));
                    return;
                }
                if ( org.eclipse.jetty.io.Content.Chunk.isFailure(chunk) ) {
                    Response.writeError(request, response, callback, 400, "Could not read the request body");
                    return;
                }
                java.nio.ByteBuffer bb = chunk.getByteBuffer();
                int n = bb.remaining();
                boolean last = chunk.isLast();
                if ( acc.size() + (long)n > max ) {
                    chunk.release();
                    Response.writeError(request, response, callback, 413, "Request body too large (limit " + max + " bytes)");
                    return;
                }
                byte[] part = new byte[n];
                bb.get(part);
                acc.write(part, 0, n);
                chunk.release();
                if ( last ) {
                    Request buffered = new Buffered(request, acc.toByteArray());
                    try {
                        if ( !super.handle(buffered, response, callback) )
                            Response.writeError(request, response, callback, 404, "Not found");
                    } catch (Throwable ex) {
                        callback.failed(ex);
                    }
                    return;
                }
            }
        }

        /** A request whose content is an in-memory copy. */
        private static final class Buffered extends Request.Wrapper {
            private final byte[] bytes;
            private boolean done = false;

            Buffered(Request wrapped, byte[] bytes) {
                super(wrapped);
                this.bytes = bytes;
            }

            @Override
            public long getLength() {
                return bytes.length;
            }

            @Override
            public synchronized org.eclipse.jetty.io.Content.Chunk read() {
                if ( done )
                    return org.eclipse.jetty.io.Content.Chunk.EOF;
                done = true;
                return org.eclipse.jetty.io.Content.Chunk.from(java.nio.ByteBuffer.wrap(bytes), true);
            }

            @Override
            public void demand(Runnable demandCallback) {
                demandCallback.run();
            }

            @Override
            public boolean consumeAvailable() {
                return true;
            }
        }
    }

    /**
     * Answers 404 to any request whose URI has a compliance violation (encoded or empty path segments, "..",
     * encoded separators, NUL or other suspicious characters, bad percent-encoding, user info, fragments): such
     * a path names nothing on this server, and it is never handed to the servlets.
     */
    static final class UriGuard extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            HttpURI uri = request.getHttpURI();
            if ( uri.hasViolations() || uri.getPath() == null || uri.getCanonicalPath() == null ) {
                Response.writeError(request, response, callback, 404, "Not found");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }
}
