package org.nkkg.serve;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkkg.serve.TestSupport.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.store.GraphStore;

/** Reloading under HTTP traffic, restart, and a bounded load test on loopback. */
class ReloadAndLoadTest {

    @TempDir
    Path tmp;

    static Path generated(Path dir, String name, int graphs, int perGraph) throws IOException {
        StringBuilder sb = new StringBuilder();
        for ( int g = 0; g < graphs; g++ ) {
            sb.append("<http://example.org/").append(name).append("/g").append(g).append("> {\n");
            for ( int i = 0; i < perGraph; i++ )
                sb.append("  <http://example.org/s").append(i).append("> <http://example.org/p> \"").append(name).append('-').append(g).append('-').append(i).append("\" .\n");
            sb.append("}\n");
        }
        return Files.writeString(dir.resolve(name + ".trig"), sb);
    }

    static long countOver(String url) throws Exception {
        HttpResponse<String> r = get(url + "/nkkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
        if ( r.statusCode() != 200 )
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    @Test
    void queriesDuringAReloadSeeTheOldOrTheNewGraph() throws Exception {
        Path a = generated(tmp, "a", 4, 300);    // 1200 quads
        Path b = generated(tmp, "b", 5, 400);    // 2000 quads
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            store.load(a);
            try (KgServer server = KgServer.builder().port(0).store(store).build().start()) {
                String url = server.baseUrl();
                AtomicBoolean stop = new AtomicBoolean(false);
                AtomicReference<String> failure = new AtomicReference<>();
                Set<Long> seen = ConcurrentHashMap.newKeySet();
                AtomicLong n = new AtomicLong();
                List<Thread> readers = new ArrayList<>();
                for ( int t = 0; t < 4; t++ ) {
                    Thread th = new Thread(() -> {
                        while ( !stop.get() && failure.get() == null ) {
                            try {
                                long c = countOver(url);
                                seen.add(c);
                                n.incrementAndGet();
                                if ( c != 1200 && c != 2000 )
                                    failure.compareAndSet(null, "count " + c);
                            } catch (Exception ex) {
                                failure.compareAndSet(null, ex.toString());
                            }
                        }
                    });
                    th.start();
                    readers.add(th);
                }
                for ( int i = 0; i < 6; i++ ) {
                    store.load(i % 2 == 0 ? b : a);
                    Thread.sleep(50);
                }
                stop.set(true);
                for ( Thread th : readers )
                    th.join(20_000);
                assertNull(failure.get(), failure.get());
                assertTrue(n.get() > 20, "queries: " + n.get());
                assertEquals(1200, countOver(url));
                assertTrue(get(url + "/health").body().contains("\"quads\":1200"));
            }
        }
    }

    @Test
    void restartServesTheLastGoodGraphAndAFailedLoadChangesNothing() throws Exception {
        Path a = generated(tmp, "a", 2, 100);
        Path broken = Files.writeString(tmp.resolve("broken.trig"), "<http://example.org/g> { <http://example.org/s> <http://example.org/p> \"open literal }\n");
        Path data = tmp.resolve("data");
        try (GraphStore store = GraphStore.open(data)) {
            store.load(a);
            try (KgServer server = KgServer.builder().port(0).store(store).build().start()) {
                assertEquals(200, countOver(server.baseUrl()));
                assertThrows(RuntimeException.class, () -> store.load(broken));
                assertEquals(200, countOver(server.baseUrl()));
            }
        }
        // Restart: a new store and server on the same data directory.
        try (GraphStore store = GraphStore.open(data); KgServer server = KgServer.builder().port(0).store(store).build().start()) {
            assertEquals(200, countOver(server.baseUrl()));
            assertTrue(get(server.baseUrl() + "/health").body().contains("\"status\":\"ok\""));
        }
    }

    @Test
    void boundedLoadTestOnLoopback() throws Exception {
        final int clients = 200, perClient = 20;
        Path dumps = tmp.resolve("dumps");
        Path trig = writeDumps(dumps);
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            store.load(trig);
            try (KgServer server = KgServer.builder().port(0).store(store).downloads(dumps).build().start()) {
                String url = server.baseUrl();
                List<String> targets = List.of(
                    url + "/nkkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                    url + "/nkkg/sparql?query=" + enc("SELECT ?l { <" + PASHINYAN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"),
                    url + "/nkkg/query?query=" + enc("SELECT ?e ?t { ?e a ?t } LIMIT 20"),
                    url + "/nkkg/sparql?query=" + enc("ASK { ?s <https://nkkg.example.org/ontology#wikidata> \"Q7035479\" }"));
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                CountDownLatch go = new CountDownLatch(1);
                AtomicInteger ok = new AtomicInteger(), failed = new AtomicInteger();
                AtomicReference<String> firstFailure = new AtomicReference<>();
                List<Future<?>> futures = new ArrayList<>();
                for ( int c = 0; c < clients; c++ ) {
                    final int client = c;
                    futures.add(pool.submit(() -> {
                        go.await();
                        for ( int i = 0; i < perClient; i++ ) {
                            String target = targets.get((client + i) % targets.size());
                            try {
                                HttpResponse<String> r = get(target, "Accept", "application/sparql-results+json");
                                if ( r.statusCode() == 200 && r.body().contains("\"head\"") )
                                    ok.incrementAndGet();
                                else {
                                    failed.incrementAndGet();
                                    firstFailure.compareAndSet(null, r.statusCode() + " " + r.body());
                                }
                            } catch (Exception ex) {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, ex.toString());
                            }
                        }
                        return null;
                    }));
                }
                long t0 = System.nanoTime();
                go.countDown();
                for ( Future<?> f : futures )
                    f.get(120, TimeUnit.SECONDS);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                pool.shutdownNow();
                System.out.printf("Load test: %d clients x %d queries: %d ok, %d failed in %d ms (%.0f req/s)%n",
                                  clients, perClient, ok.get(), failed.get(), ms, ok.get() * 1000.0 / Math.max(1, ms));
                assertEquals(0, failed.get(), firstFailure.get());
                assertEquals(clients * perClient, ok.get());
                assertTrue(ms < 60_000, "took " + ms + " ms");
                assertEquals(200, get(url + "/health").statusCode());
            }
        }
    }
}
