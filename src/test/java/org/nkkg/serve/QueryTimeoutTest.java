package org.nkkg.serve;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkkg.serve.TestSupport.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.store.GraphStore;

/**
 * Queries past the time limit end with an error (503) close to the limit, whatever their shape, and the server
 * stays healthy meanwhile and afterwards.
 */
class QueryTimeoutTest {

    static final long TIMEOUT_MS = 1000;
    /** Allowed overrun for a loaded 2-core machine. */
    static final long SLACK_MS = 4000;

    @TempDir
    static Path tmp;
    static GraphStore store;
    static KgServer server;
    static String sparql;

    @BeforeAll
    static void start() throws IOException {
        // A chain of 1500 nodes spread over 5 graphs: small, but enough for cross products and path closures
        // that would run for minutes.
        StringBuilder sb = new StringBuilder();
        for ( int i = 0; i < 1500; i++ )
            sb.append("<http://example.org/g").append(i % 5).append("> { <http://example.org/s").append(i)
              .append("> <http://example.org/next> <http://example.org/s").append(i + 1).append("> . <http://example.org/s").append(i)
              .append("> <http://example.org/v> \"").append(i).append("\" }\n");
        Path f = Files.writeString(tmp.resolve("chain.trig"), sb);
        store = GraphStore.open(tmp.resolve("data"));
        store.load(f);
        server = KgServer.builder().port(0).store(store).queryTimeout(Duration.ofMillis(TIMEOUT_MS)).build().start();
        sparql = server.baseUrl() + "/nkkg/sparql";
    }

    @AfterAll
    static void stop() {
        if ( server != null )
            server.close();
        if ( store != null )
            store.close();
    }

    static final String NEXT = "<http://example.org/next>";

    static final List<String> HEAVY = List.of(
        // cross product
        "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
        // big GROUP BY over a cross product
        "SELECT ?a (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d } GROUP BY ?a ORDER BY DESC(?n)",
        // property path closure from every node
        "SELECT (COUNT(*) AS ?n) { ?a (" + NEXT + "|^" + NEXT + ")* ?b }",
        // nested closures from one node (the inner loops run inside the path evaluator)
        "SELECT (COUNT(*) AS ?n) { <http://example.org/s0> ((" + NEXT + "|^" + NEXT + ")*/(" + NEXT + "|^" + NEXT + ")*/(" + NEXT + "|^" + NEXT + ")*) ?b }",
        // expensive NOT EXISTS evaluated per row
        "SELECT (COUNT(*) AS ?n) { ?s <http://example.org/v> ?v FILTER NOT EXISTS { ?x ?p ?y . ?z ?q ?w FILTER(concat(str(?y), \"x\") = str(?w)) } }",
        // sort of a cross product
        "SELECT ?b ?d { ?a ?p ?b . ?c ?q ?d } ORDER BY DESC(str(?b)) str(?d) LIMIT 1",
        // cross product in a sub-select with DISTINCT
        "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?b ?d { ?a ?p ?b . ?c ?q ?d } }");

    @Test
    void heavyQueriesEndWithAnErrorNearTheTimeout() throws Exception {
        for ( String q : HEAVY ) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(sparql + "?query=" + enc(q), "Accept", "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), q + " -> " + r.statusCode() + " in " + ms + " ms: " + r.body());
            assertTrue(ms < TIMEOUT_MS + SLACK_MS, q + " took " + ms + " ms");
            // Healthy right after.
            assertEquals(200, get(server.baseUrl() + "/health").statusCode());
        }
        HttpResponse<String> ok = get(sparql + "?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, ok.statusCode());
        assertEquals("3000", ok.body().lines().skip(1).findFirst().orElse("").trim());
    }

    @Test
    void serverAnswersOtherRequestsWhileAHeavyQueryRuns() throws Exception {
        CompletableFuture<HttpResponse<String>> heavy = CLIENT.sendAsync(
                req(sparql + "?query=" + enc(HEAVY.get(0))).GET().build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        long t0 = System.nanoTime();
        assertEquals(200, get(server.baseUrl() + "/health").statusCode());
        assertEquals(200, get(sparql + "?query=" + enc("ASK { ?s ?p ?o }")).statusCode());
        assertEquals(404, get(server.baseUrl() + "/id/whatever", "Accept", "text/turtle").statusCode());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "other requests took " + ms + " ms");
        assertEquals(503, heavy.get().statusCode());
    }

    @Test
    void aClientMayAskForAShorterTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(sparql + "?timeout=0.3&query=" + enc(HEAVY.get(0)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertTrue(ms < 300 + SLACK_MS, "took " + ms);
        // But not a longer one than the server's.
        long t1 = System.nanoTime();
        assertEquals(503, get(sparql + "?timeout=600&query=" + enc(HEAVY.get(0))).statusCode());
        assertTrue((System.nanoTime() - t1) / 1_000_000 < TIMEOUT_MS + SLACK_MS);
    }
}
