package org.nkkg.serve;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkkg.serve.TestSupport.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.store.GraphStore;

/**
 * The server as clients see it: requests as curl sends them (java.net.http, and raw sockets where the path
 * must not be normalized), and Jena's RDFConnection.
 */
class KgServerTest {

    @TempDir
    static Path tmp;

    static GraphStore store;
    static KgServer server;          // read-only, defaults
    static GraphStore updStore;
    static KgServer updServer;       // --allow-update
    static String url;
    static String updUrl;
    static long quads;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = tmp.resolve("dumps");
        Path trig = writeDumps(dumps);
        store = GraphStore.open(tmp.resolve("data"));
        quads = store.load(trig).quads();
        Path onto = Files.writeString(tmp.resolve("nkkg-ontology.ttl"), """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix owl:  <http://www.w3.org/2002/07/owl#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://nkkg.example.org/ontology#Person> a owl:Class ; rdfs:label "Person"@en ; rdfs:comment "A human being." .
                <https://nkkg.example.org/ontology/stance/condemn> a skos:Concept ; skos:prefLabel "condemn"@en , "谴责"@zh-Hans .
                """);
        server = KgServer.builder().port(0).store(store).downloads(dumps).ontology(onto).build().start();
        url = server.baseUrl();

        updStore = GraphStore.open(tmp.resolve("data-upd"));
        updStore.load(trig);
        updServer = KgServer.builder().port(0).store(updStore).allowUpdate("editor", "s3cret-pass".toCharArray()).build().start();
        updUrl = updServer.baseUrl();
    }

    @AfterAll
    static void stop() {
        if ( server != null )
            server.close();
        if ( updServer != null )
            updServer.close();
        if ( store != null )
            store.close();
        if ( updStore != null )
            updStore.close();
    }

    static long count(String base, String where) throws Exception {
        HttpResponse<String> r = get(base + "/nkkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { " + where + " }"), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    // ---- Binding, health

    @Test
    void bindsLoopbackByDefault() {
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
        for ( Connector c : server.fuseki().getJettyServer().getConnectors() )
            assertEquals("127.0.0.1", ((ServerConnector)c).getHost());
        assertTrue(server.port() > 0);
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> r = get(url + "/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
        assertTrue(r.body().contains("\"quads\":" + quads), r.body());
        assertTrue(r.body().contains("\"loadedAt\":\"20"), r.body());
    }

    // ---- SPARQL protocol

    @Test
    void queryByGetAndPostAsCurlSendsThem() throws Exception {
        String q = "SELECT ?l WHERE { <" + PASHINYAN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l";
        HttpResponse<String> g = get(url + "/nkkg/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
        assertEquals(200, g.statusCode());
        assertTrue(g.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(g.body().contains("尼科爾·帕希尼揚"), g.body());
        HttpResponse<String> f = postForm(url + "/nkkg/query", "query", q, "Accept", "text/csv");
        assertEquals(200, f.statusCode());
        assertEquals(4, f.body().lines().count(), f.body());
        HttpResponse<String> d = post(url + "/nkkg/sparql", "application/sparql-query", q, "Accept", "application/sparql-results+xml");
        assertEquals(200, d.statusCode());
        assertTrue(d.body().contains("<sparql"), d.body());
        // The dataset URL itself answers queries too.
        assertEquals(200, get(url + "/nkkg?query=" + enc("ASK {}")).statusCode());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        assertEquals(quads, count(url, "?s ?p ?o"));
        assertEquals(quads, count(url, "GRAPH ?g { ?s ?p ?o }"));
        // One triple from each graph, joined without GRAPH.
        assertEquals(1, count(url, "?st <https://nkkg.example.org/ontology#speaker> ?p . ?p <http://www.w3.org/2000/01/rdf-schema#label> \"Nikol Pashinyan\"@en"));
    }

    @Test
    void jenaRdfConnection() {
        try (RDFConnection conn = RDFConnectionRemote.service(url + "/nkkg").queryEndpoint("sparql").gspEndpoint("get").build()) {
            AtomicInteger rows = new AtomicInteger();
            conn.querySelect("SELECT ?type WHERE { <" + PASHINYAN + "> a ?type }", row -> {
                assertEquals("https://nkkg.example.org/ontology#Person", row.getResource("type").getURI());
                rows.incrementAndGet();
            });
            assertEquals(1, rows.get());
            try (QueryExecution qe = conn.query("SELECT * { ?s ?p ?o } LIMIT 5")) {
                ResultSet rs = qe.execSelect();
                int n = 0;
                while ( rs.hasNext() ) {
                    rs.next();
                    n++;
                }
                assertEquals(5, n);
            }
            assertTrue(conn.queryAsk("ASK { ?s <https://nkkg.example.org/ontology#wikidata> \"Q129352\" }"));
            Model corpus = conn.fetch(BASE + "graph/corpus");
            assertTrue(corpus.size() > 10);
        }
    }

    @Test
    void malformedSparqlIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get(url + "/nkkg/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Parse error"), r.body());
        assertTrue(r.body().contains("line 1"), r.body());
        HttpResponse<String> r2 = post(url + "/nkkg/sparql", "application/sparql-query", "SELEC * {}");
        assertEquals(400, r2.statusCode());
        assertTrue(r2.body().contains("Lexical error"), r2.body());
    }

    @Test
    void serviceIsRefusedAndNoOutboundRequestIsMade() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(700);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            for ( String q : List.of("SELECT * { SERVICE <" + remote + "> { ?s ?p ?o } }",
                                     "SELECT * { ?a ?b ?c OPTIONAL { SERVICE SILENT <" + remote + "> { ?s ?p ?o } } } LIMIT 1",
                                     "SELECT * { { SELECT ?s { SERVICE <" + remote + "> { ?s ?p ?o } } } }",
                                     "ASK { FILTER EXISTS { SERVICE <" + remote + "> { ?s ?p ?o } } }") ) {
                HttpResponse<String> r = get(url + "/nkkg/sparql?query=" + enc(q));
                assertEquals(422, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE"), r.body());
            }
            assertThrows(SocketTimeoutException.class, listener::accept, "the server must not connect to the SERVICE address");
        }
    }

    @Test
    void javaFunctionIrisAreRefused() throws Exception {
        HttpResponse<String> r = get(url + "/nkkg/sparql?query=" + enc("PREFIX f: <java:org.apache.jena.sparql.function.library.> SELECT (f:sha1sum(\"x\") AS ?h) {}"));
        assertEquals(400, r.statusCode(), r.body());
        HttpResponse<String> r2 = get(url + "/nkkg/sparql?query=" + enc("SELECT * { ?x <java:org.apache.jena.sparql.pfunction.library.listIndex> ?y }"));
        assertEquals(400, r2.statusCode(), r2.body());
    }

    @Test
    void resultsAreCappedAndTheCapIsAnnounced() throws Exception {
        try (GraphStore s = GraphStore.open(tmp.resolve("data-cap"))) {
            s.load(tmp.resolve("dumps/nkkg.trig"));
            try (KgServer capped = KgServer.builder().port(0).store(s).maxResultRows(5).build().start()) {
                HttpResponse<String> r = get(capped.baseUrl() + "/nkkg/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "Accept", "text/csv");
                assertEquals(200, r.statusCode());
                assertEquals(6, r.body().lines().count(), "header + 5 rows");
                assertEquals("5", r.headers().firstValue("NKKG-Result-Limit").orElse(null));
                HttpResponse<String> r2 = get(capped.baseUrl() + "/nkkg/sparql?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 3"), "Accept", "text/csv");
                assertEquals(4, r2.body().lines().count());
                assertTrue(r2.headers().firstValue("NKKG-Result-Limit").isEmpty());
                HttpResponse<String> r3 = get(capped.baseUrl() + "/nkkg/sparql?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }"), "Accept", "application/n-triples");
                assertEquals(5, r3.body().lines().filter(l -> !l.isBlank()).count());
            }
        }
    }

    // ---- Updates

    @Test
    void readOnlyServerHasNoUpdateEndpoints() throws Exception {
        long before = count(url, "?s ?p ?o");
        HttpResponse<String> u = postForm(url + "/nkkg/update", "update", "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }");
        assertEquals(404, u.statusCode());
        HttpResponse<String> u2 = post(url + "/nkkg", "application/sparql-update", "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }");
        assertTrue(u2.statusCode() >= 400 && u2.statusCode() < 500, "status " + u2.statusCode());
        HttpResponse<String> put = TestSupport.CLIENT.send(req(url + "/nkkg/data?graph=" + enc("http://example.org/g"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/x> <http://example.org/p> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() == 404 || put.statusCode() == 405, "status " + put.statusCode());
        HttpResponse<String> put2 = TestSupport.CLIENT.send(req(url + "/nkkg/get?graph=" + enc("http://example.org/g"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/x> <http://example.org/p> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put2.statusCode() == 405 || put2.statusCode() == 404, "status " + put2.statusCode());
        try (RDFConnection conn = RDFConnectionRemote.service(url + "/nkkg").build()) {
            assertThrows(RuntimeException.class, () -> conn.update("INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }"));
        }
        assertEquals(before, count(url, "?s ?p ?o"));
    }

    @Test
    void updatesNeedCredentials() throws Exception {
        String upd = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> <http://example.org/p> 1 } }";
        HttpResponse<String> none = postForm(updUrl + "/nkkg/update", "update", upd);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = postForm(updUrl + "/nkkg/update", "update", upd, "Authorization", basic("editor", "guess"));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> gsp = TestSupport.CLIENT.send(req(updUrl + "/nkkg/data?graph=" + enc("http://example.org/g2"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/y> <http://example.org/p> 2 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, gsp.statusCode());
        assertEquals(0, count(updUrl, "<http://example.org/x> ?p ?o"));
        assertEquals(0, count(updUrl, "<http://example.org/y> ?p ?o"));

        // A page on another site cannot use credentials the browser may have cached.
        HttpResponse<String> crossSite = postForm(updUrl + "/nkkg/update", "update", upd, "Authorization", basic("editor", "s3cret-pass"),
                                                  "Origin", "https://elsewhere.example");
        assertEquals(403, crossSite.statusCode());
        assertEquals(0, count(updUrl, "<http://example.org/x> ?p ?o"));

        HttpResponse<String> ok = postForm(updUrl + "/nkkg/update", "update", upd, "Authorization", basic("editor", "s3cret-pass"));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals(1, count(updUrl, "<http://example.org/x> ?p ?o"));
        HttpResponse<String> gspOk = TestSupport.CLIENT.send(req(updUrl + "/nkkg/data?graph=" + enc("http://example.org/g2"))
                .header("Content-Type", "text/turtle").header("Authorization", basic("editor", "s3cret-pass"))
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/y> <http://example.org/p> 2 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(gspOk.statusCode() == 201 || gspOk.statusCode() == 204 || gspOk.statusCode() == 200, "status " + gspOk.statusCode());
        assertEquals(1, count(updUrl, "<http://example.org/y> ?p ?o"));
        // Reads stay open.
        assertEquals(200, get(updUrl + "/nkkg/sparql?query=" + enc("ASK {}")).statusCode());
    }

    // ---- Limits and transport

    @Test
    void requestBodiesAboveTheLimitAre413() throws Exception {
        byte[] big = new byte[(1 << 20) + 100];
        java.util.Arrays.fill(big, (byte)'a');
        HttpResponse<String> withLength = TestSupport.CLIENT.send(req(url + "/nkkg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, withLength.statusCode());
        HttpResponse<String> chunked = TestSupport.CLIENT.send(req(url + "/nkkg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        HttpResponse<String> form = TestSupport.CLIENT.send(req(url + "/nkkg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, form.statusCode());
        // A small chunked body still works.
        HttpResponse<String> small = TestSupport.CLIENT.send(req(url + "/nkkg/sparql").header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("ASK {}".getBytes()))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, small.statusCode());
        assertEquals(200, get(url + "/health").statusCode());
    }

    @Test
    void responsesAreGzippedForClientsThatAskForIt() throws Exception {
        HttpResponse<byte[]> r = getBytes(url + "/nkkg/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "Accept-Encoding", "gzip",
                                          "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null));
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"bindings\""));
        HttpResponse<byte[]> plain = getBytes(url + "/nkkg/sparql?query=" + enc("SELECT * { ?s ?p ?o }"));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> page = getBytes(url + "/", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
    }

    @Test
    void corsForReadsOnly() throws Exception {
        HttpResponse<String> r = get(url + "/nkkg/sparql?query=" + enc("ASK {}"), "Origin", "https://app.example");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> pre = TestSupport.CLIENT.send(req(url + "/nkkg/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, pre.statusCode());
        assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<String> prePut = TestSupport.CLIENT.send(req(updUrl + "/nkkg/data").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "PUT").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(prePut.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> d = get(url + "/downloads/nkkg.ttl", "Origin", "https://app.example");
        assertEquals("*", d.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    // ---- Downloads

    @Test
    void downloadsHaveMediaTypesLengthsAndValidators() throws Exception {
        record Expect(String name, String type) {}
        for ( Expect e : List.of(new Expect("nkkg.ttl", "text/turtle"), new Expect("nkkg.trig", "application/trig"),
                                 new Expect("nkkg.nt.gz", "application/gzip"), new Expect("nkkg.nq.gz", "application/gzip"),
                                 new Expect("nkkg.ttl.gz", "application/gzip"), new Expect("void.ttl", "text/turtle")) ) {
            HttpResponse<byte[]> r = getBytes(url + "/downloads/" + e.name());
            assertEquals(200, r.statusCode(), e.name());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.type()), e.name() + " " + r.headers().firstValue("Content-Type"));
            assertEquals(r.body().length, Long.parseLong(r.headers().firstValue("Content-Length").orElseThrow()), e.name());
            String etag = r.headers().firstValue("ETag").orElseThrow();
            String lm = r.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(304, getBytes(url + "/downloads/" + e.name(), "If-None-Match", etag).statusCode());
            assertEquals(304, getBytes(url + "/downloads/" + e.name(), "If-Modified-Since", lm).statusCode());
            assertEquals(200, getBytes(url + "/downloads/" + e.name(), "If-None-Match", "\"other\"").statusCode());
        }
        // The compressed dumps hold the same data as the plain ones.
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.fromString(get(url + "/downloads/nkkg.ttl").body(), Lang.TURTLE).parse(ttl);
        Graph nt = GraphFactory.createDefaultGraph();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(getBytes(url + "/downloads/nkkg.nt.gz").body()))).lang(Lang.NTRIPLES).parse(nt);
        assertTrue(ttl.isIsomorphicWith(nt));
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(getBytes(url + "/downloads/nkkg.nq.gz").body()))).lang(Lang.NQUADS).parse(nq);
        assertEquals(quads, org.apache.jena.atlas.iterator.Iter.count(nq.find()));
        assertEquals(2, org.apache.jena.atlas.iterator.Iter.count(nq.listGraphNodes()));
        // Sent gzip-encoded to clients that accept it (curl --compressed).
        HttpResponse<byte[]> z = getBytes(url + "/downloads/nkkg.trig", "Accept-Encoding", "gzip");
        assertEquals("gzip", z.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(z.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        String trig = new String(new GZIPInputStream(new ByteArrayInputStream(z.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(tmp.resolve("dumps/nkkg.trig")), trig);
        // Byte ranges.
        HttpResponse<byte[]> part = getBytes(url + "/downloads/nkkg.trig", "Range", "bytes=0-9");
        assertEquals(206, part.statusCode());
        assertEquals(10, part.body().length);
        assertEquals("bytes 0-9/" + Files.size(tmp.resolve("dumps/nkkg.trig")), part.headers().firstValue("Content-Range").orElse(null));
        // Index.
        HttpResponse<String> idx = get(url + "/downloads/", "Accept", "application/json");
        assertTrue(idx.body().contains("nkkg.nq.gz"), idx.body());
    }

    @Test
    void pathTraversalInDownloadsIs404() throws Exception {
        int port = server.port();
        for ( String p : List.of("/downloads/../data/CURRENT", "/downloads/..%2f..%2fetc%2fpasswd", "/downloads/..%5c..%5cetc%5cpasswd",
                                 "/downloads/..\\..\\etc\\passwd", "/downloads/%2e%2e%2fpom.xml", "/downloads/%252e%252e%252fetc%252fpasswd",
                                 "/downloads//etc/passwd", "/downloads/nkkg.ttl/../../etc/passwd", "/downloads/;/../etc/passwd",
                                 "/downloads/%c0%ae%c0%ae/etc/passwd", "/downloads/etc/passwd", "/downloads/pom.xml",
                                 "/static/..%2f..%2fpom.xml", "/static/../pom.xml") ) {
            assertEquals(404, rawStatus(port, "GET", p), p);
        }
        // Requests whose target the HTTP parser cannot accept at all (above the root, NUL) are refused before
        // any application code runs.
        for ( String p : List.of("/../../etc/passwd", "/downloads/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/downloads/nkkg.ttl%00",
                                 "/downloads/../../etc/passwd", "/static/../../pom.xml", "/downloads/.%2e/.%2e/etc/passwd") ) {
            int s = rawStatus(port, "GET", p);
            assertTrue(s == 404 || s == 400, p + " -> " + s);
        }
        assertEquals(200, rawStatus(port, "GET", "/downloads/nkkg.ttl"));
    }

    // ---- Descriptions

    @Test
    void voidWithContentNegotiation() throws Exception {
        HttpResponse<String> ttl = get(url + "/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.createResource(BASE + "dataset"), org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.VOID.Dataset));
        HttpResponse<String> jsonld = get(url + "/.well-known/void", "Accept", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m2 = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(m2);
        assertTrue(m.isIsomorphicWith(m2));
        assertEquals(200, get(url + "/.well-known/void").statusCode());
    }

    @Test
    void entityIrisDereferenceAsTurtle() throws Exception {
        HttpResponse<String> r = get(url + "/id/nikol-pashinyan", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        var x = m.createResource(PASHINYAN);
        assertTrue(m.contains(x, RDFS.label, m.createLiteral("尼科尔·帕希尼扬", "zh-Hans")));
        assertTrue(m.contains(x, RDFS.label, m.createLiteral("尼科爾·帕希尼揚", "zh-Hant")));
        assertTrue(m.contains(x, RDFS.label, m.createLiteral("Nikol Pashinyan", "en")));
        // The mention with its text and document, and the statement that refers to it.
        var mention = m.createResource(BASE + "doc/t1#char=11,26");
        assertTrue(m.contains(mention, m.createProperty(Vocab.NIF + "anchorOf"), "Nikol Pashinyan"));
        assertTrue(m.contains(mention, m.createProperty(Vocab.NKKG + "inDocument"), m.createResource(BASE + "doc/t1")));
        assertTrue(m.contains(m.createResource(BASE + "statement/t1/11"), m.createProperty(Vocab.NKKG + "speaker"), x));
        // Default representation (curl without Accept) is Turtle too; ETag revalidation works.
        HttpResponse<String> dflt = get(url + "/id/nikol-pashinyan");
        assertTrue(dflt.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(url + "/id/nikol-pashinyan", "Accept", "text/turtle", "If-None-Match", etag).statusCode());
    }

    @Test
    void entityIrisDereferenceAsJsonLd() throws Exception {
        HttpResponse<String> r = get(url + "/event/shelling-of-stepanakert-2023-09-19", "Accept", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(m);
        var ev = m.createResource(BASE + "event/shelling-of-stepanakert-2023-09-19");
        assertTrue(m.contains(ev, m.createProperty(Vocab.SEM + "hasPlace"), m.createResource(BASE + "id/stepanakert")));
        assertTrue(m.contains(m.createResource(BASE + "id/stepanakert"), RDFS.label, m.createLiteral("Stepanakert", "en")));
        // ?format= overrides Accept.
        HttpResponse<String> nt = get(url + "/statement/t1/11?format=nt", "Accept", "text/html");
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void entityIrisDereferenceAsHtmlForBrowsers() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        HttpResponse<String> r = get(url + "/id/nikol-pashinyan", "Accept", browser);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        String h = r.body();
        for ( String s : List.of("尼科尔·帕希尼扬", "尼科爾·帕希尼揚", "Nikol Pashinyan", "zh-Hans", "zh-Hant", "nkkg:Person",
                                 "https://www.wikidata.org/wiki/Q7035479", "<mark>Nikol Pashinyan</mark>", "Test report on the offensive",
                                 "/statement/t1/11", "https://news.example.com/report-1") )
            assertTrue(h.contains(s), "page lacks " + s);
        assertFalse(h.contains("<script"), "no scripts in entity pages");
        // A place: the events that happen there.
        String place = get(url + "/id/stepanakert", "Accept", browser).body();
        assertTrue(place.contains("Events") && place.contains("Shelling of Stepanakert"), place);
        // A statement: speaker, stance, source sentence.
        String st = get(url + "/statement/t1/11", "Accept", browser).body();
        assertTrue(st.contains("Nikol Pashinyan") && st.contains("condemn") && st.contains("On Tuesday"), st);
        // Chinese browsers get the Chinese name as title.
        String zh = get(url + "/id/nikol-pashinyan", "Accept", browser, "Accept-Language", "zh-TW,zh;q=0.9").body();
        assertTrue(zh.contains("<title>尼科爾·帕希尼揚"), zh.substring(0, 300));
    }

    @Test
    void unknownIrisAre404AndOntologyIrisResolve() throws Exception {
        assertEquals(404, get(url + "/id/no-such-entity", "Accept", "text/turtle").statusCode());
        assertEquals(404, get(url + "/id/no-such-entity", "Accept", "text/html").statusCode());
        assertEquals(404, get(url + "/nothing/here").statusCode());
        HttpResponse<String> concept = get(url + "/ontology/stance/condemn", "Accept", "text/turtle");
        assertEquals(200, concept.statusCode());
        assertTrue(concept.body().contains("谴责"));
        HttpResponse<String> onto = get(url + "/ontology", "Accept", "text/turtle");
        assertEquals(200, onto.statusCode());
        assertTrue(onto.body().contains("A human being."));
        assertTrue(get(url + "/ontology", "Accept", "text/html").body().contains("id=\"Person\""));
        // A named graph IRI.
        HttpResponse<String> g = get(url + "/graph/corpus", "Accept", "text/turtle");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("triples"), g.body());
    }

    @Test
    void landingQueryPageAndBundledEditor() throws Exception {
        HttpResponse<String> home = get(url + "/");
        assertEquals(200, home.statusCode());
        for ( String s : List.of("/query.html", "/nkkg/sparql", "/downloads/", "/.well-known/void", "/ontology") )
            assertTrue(home.body().contains(s), "landing page lacks " + s);
        HttpResponse<String> q = get(url + "/query.html");
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("/static/yasgui.min.js") && q.body().contains("/static/query.js"));
        assertFalse(q.body().matches("(?s).*<script[^>]+src=\"https?:.*"), "no scripts from other hosts");
        assertFalse(q.body().matches("(?s).*<link[^>]+href=\"https?:.*"), "no styles from other hosts");
        assertTrue(q.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        for ( String a : List.of("/static/yasgui.min.js", "/static/yasgui.min.css", "/static/query.js", "/static/nkkg.css",
                                 "/static/YASGUI-LICENSE.txt", "/static/THIRD-PARTY-LICENSES.txt") ) {
            HttpResponse<byte[]> r = getBytes(url + a);
            assertEquals(200, r.statusCode(), a);
            assertTrue(r.body().length > 100, a);
        }
        assertTrue(getBytes(url + "/static/yasgui.min.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(404, get(url + "/static/UPDATE.mdx").statusCode());
    }

    @Test
    void builderRejectsUnsafeOrInconsistentSettings() {
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().store(store).baseIri("https://h/nkkg/").build());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().store(store).baseIri("not an iri").build());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().store(store).datasetName("downloads").build());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().allowUpdate("a:b", "x".toCharArray()).store(store).build());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().queryTimeout(Duration.ZERO));
        assertThrows(IllegalStateException.class, () -> KgServer.builder().build());
    }

    @Test
    void baseIriWithAPathDereferencesUnderThatPath() throws Exception {
        Path dir = tmp.resolve("kg-path");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("d.trig"), "<https://example.org/kg/graph/x> { <https://example.org/kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en }\n");
        try (GraphStore s = GraphStore.open(dir.resolve("data"))) {
            s.load(dir.resolve("d.trig"));
            try (KgServer k = KgServer.builder().port(0).store(s).baseIri("https://example.org/kg/").build().start()) {
                HttpResponse<String> r = get(k.baseUrl() + "/kg/id/a", "Accept", "text/turtle");
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("\"A\"@en"));
                assertEquals(404, get(k.baseUrl() + "/id/a", "Accept", "text/turtle").statusCode());
            }
        }
    }
}
