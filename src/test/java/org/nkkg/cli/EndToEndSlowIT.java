package org.nkkg.cli;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkkg.build.GraphBuild;
import org.nkkg.kb.Gazetteer;
import org.nkkg.rdf.Vocabulary;
import org.nkkg.serve.KgServer;
import org.nkkg.store.GraphStore;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The main job as a user meets it: build the seeds, load TDB2, serve on a free port, then act as an HTTP client:
 * every example query (SPARQL JSON and CSV), the Turtle download, and a dereferenced entity IRI.
 */
class EndToEndSlowIT {
    static {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    static Path tmp, out;
    static GraphStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll static void start() throws Exception {
        tmp = Files.createTempDirectory("nkkg-e2e");
        out = tmp.resolve("out");
        new GraphBuild(Gazetteer.load(Path.of("data/gazetteer.tsv")), Vocabulary.DEFAULT_BASE, "http://127.0.0.1:3030")
                .build(Path.of("data/corpus"), out, 64 << 20, m -> {});
        store = GraphStore.open(tmp.resolve("data"));
        store.load(out.resolve("nkkg.trig"));
        server = KgServer.builder().port(0).store(store).downloads(out).build().start();
    }

    @AfterAll static void stop() throws Exception {
        if (server != null) server.stop();
        if (store != null) store.close();
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> sparql(String query, String accept) throws Exception {
        String body = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/nkkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test void everyExampleQueryAnswersOverHttpAsItDoesInProcess() throws Exception {
        var dataset = Queries.load(out.resolve("nkkg.trig"));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 12);
        for (Path f : files) {
            String q = Files.readString(f);
            HttpResponse<String> json = sparql(q, "application/sparql-results+json");
            if (q.contains("SERVICE <")) {
                assertEquals(422, json.statusCode(), f + ": federation is off on this server");
                continue;
            }
            assertEquals(200, json.statusCode(), f + ": " + json.body());
            ResultSet overHttp = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)));
            int httpRows = 0;
            while (overHttp.hasNext()) { overHttp.next(); httpRows++; }
            int localRows = 0;
            dataset.begin(org.apache.jena.query.ReadWrite.READ);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) { rs.next(); localRows++; }
            } finally {
                dataset.end();
            }
            assertEquals(localRows, httpRows, f.toString());
            assertTrue(httpRows > 0, f + " returned no rows");
            HttpResponse<String> csv = sparql(q, "text/csv");
            assertEquals(200, csv.statusCode());
            assertEquals(httpRows + 1, csv.body().split("\r\n").length, f + " as CSV");
        }
    }

    @Test void countAnswersAsInTheReadme() throws Exception {
        HttpResponse<String> r = sparql("SELECT (COUNT(*) AS ?n) {?s ?p ?o}", "text/csv");
        assertEquals(200, r.statusCode());
        long n = Long.parseLong(r.body().split("\r\n")[1].strip());
        assertEquals(RDFDataMgr.loadModel(out.resolve("nkkg.ttl").toString()).size(), n);
    }

    @Test void downloadedTurtleIsIsomorphicToTheBuiltDump() throws Exception {
        HttpResponse<byte[]> r = get("/downloads/nkkg.ttl", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model downloaded = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(downloaded);
        Model built = RDFDataMgr.loadModel(out.resolve("nkkg.ttl").toString());
        assertTrue(downloaded.isIsomorphicWith(built));
    }

    @Test void entityIriDereferencesWithItsLabelsInThreeScripts() throws Exception {
        HttpResponse<byte[]> r = get("/id/azerbaijan", "text/turtle");
        assertEquals(200, r.statusCode());
        String ttl = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("\"阿塞拜疆\"@zh-Hans") && ttl.contains("\"亞塞拜然\"@zh-Hant") && ttl.contains("\"Azerbaijan\"@en"), ttl);
        HttpResponse<byte[]> html = get("/id/maria-zakharova", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("扎哈罗娃"));
    }
}
