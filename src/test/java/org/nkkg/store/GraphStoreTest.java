package org.nkkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {

    @TempDir
    Path tmp;

    static Path fixture(Path dir) throws IOException {
        Path f = dir.resolve("fixture.trig");
        try (InputStream in = GraphStoreTest.class.getResourceAsStream("/org/nkkg/serve/fixture.trig")) {
            Files.copy(in, f);
        }
        return f;
    }

    /** A generated TriG file with {@code graphs} named graphs of {@code perGraph} triples each. */
    static Path generated(Path dir, String name, int graphs, int perGraph) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for ( int g = 0; g < graphs; g++ )
            for ( int i = 0; i < perGraph; i++ )
                dsg.add(SSE.parseQuad("(<http://example.org/g" + g + "> <http://example.org/s" + i + "> <http://example.org/p> \"" + name + "-" + g + "-" + i + "\")"));
        Path f = dir.resolve(name + ".trig");
        try (OutputStream out = Files.newOutputStream(f)) {
            RDFDataMgr.write(out, dsg, Lang.TRIG);
        }
        return f;
    }

    static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> countInTxn(dsg));
    }

    static long countInTxn(DatasetGraph dsg) {
        RowSet rs = QueryExec.dataset(dsg).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").select();
        return ((Number)rs.next().get("n").getLiteralValue()).longValue();
    }

    @Test
    void emptyStoreServesAnEmptyDataset() {
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            assertTrue(store.isEmpty());
            assertEquals(0, count(store.dataset()));
            assertNull(store.loadedAt());
        }
    }

    @Test
    void loadBuildsDatabaseWithUnionDefaultGraph() throws IOException {
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            LoadReport r = store.load(fixture(tmp));
            assertFalse(store.isEmpty());
            assertTrue(r.quads() > 40, "quads: " + r.quads());
            assertTrue(Files.isDirectory(r.location()));
            assertEquals(r.location(), store.location());
            // Query without GRAPH sees triples of both named graphs.
            long n = count(store.dataset());
            assertEquals(r.quads(), n);
            long graphs = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                    .query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }").select().next().get("n").getLiteralValue())
                    instanceof Number num ? num.longValue() : -1;
            assertEquals(2, graphs);
            String label = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                    .query("SELECT ?l { <https://nkkg.example.org/id/nikol-pashinyan> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l)='zh-Hant') }")
                    .select().next().get("l").getLiteralLexicalForm());
            assertEquals("尼科爾·帕希尼揚", label);
        }
    }

    @Test
    void restartKeepsServingTheLastGoodGraph() throws IOException {
        Path data = tmp.resolve("data");
        LoadReport r;
        try (GraphStore store = GraphStore.open(data)) {
            r = store.load(fixture(tmp));
        }
        try (GraphStore store = GraphStore.open(data)) {
            assertFalse(store.isEmpty());
            assertEquals(r.location(), store.location());
            assertEquals(r.quads(), store.quadCount());
            assertEquals(r.quads(), count(store.dataset()));
            assertNotNull(store.loadedAt());
        }
    }

    @Test
    void failedLoadKeepsTheOldGraph() throws IOException {
        Path data = tmp.resolve("data");
        Path corrupt = tmp.resolve("corrupt.trig");
        try (InputStream in = getClass().getResourceAsStream("/org/nkkg/store/corrupt.trig")) {
            Files.copy(in, corrupt);
        }
        Path empty = Files.writeString(tmp.resolve("empty.trig"), "# nothing\n");
        try (GraphStore store = GraphStore.open(data)) {
            LoadReport r = store.load(fixture(tmp));
            String pointer = Files.readString(data.resolve("CURRENT"));
            assertThrows(StoreException.class, () -> store.load(corrupt));
            assertThrows(StoreException.class, () -> store.load(empty));
            assertThrows(StoreException.class, () -> store.load(tmp.resolve("missing.trig")));
            assertThrows(StoreException.class, () -> store.load(Files.writeString(tmp.resolve("x.txt"), "x")));
            assertEquals(pointer, Files.readString(data.resolve("CURRENT")));
            assertEquals(r.quads(), count(store.dataset()));
            assertEquals(r.location(), store.location());
            // No half-built database left behind.
            try (Stream<Path> s = Files.list(data)) {
                assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("db-")).count());
            }
        }
        // And after a restart.
        try (GraphStore store = GraphStore.open(data)) {
            assertTrue(count(store.dataset()) > 0);
        }
    }

    @Test
    void leftoversOfAnInterruptedLoadAreRemovedAtOpen() throws IOException {
        Path data = tmp.resolve("data");
        try (GraphStore store = GraphStore.open(data)) {
            store.load(fixture(tmp));
        }
        Path stale = Files.createDirectories(data.resolve("db-20000101T000000Z-dead"));
        Files.writeString(stale.resolve("junk"), "x");
        try (GraphStore store = GraphStore.open(data)) {
            assertFalse(Files.exists(stale));
            assertTrue(count(store.dataset()) > 0);
        }
    }

    @Test
    void aDataDirectoryIsUsedByOneStoreAtATime() {
        Path data = tmp.resolve("data");
        try (GraphStore store = GraphStore.open(data)) {
            assertThrows(StoreException.class, () -> GraphStore.open(data));
        }
        GraphStore.open(data).close();
    }

    @Test
    void triplesAndCompressedInputGoToTheUnion() throws IOException {
        Path ttl = Files.writeString(tmp.resolve("plain.ttl"), "<http://example.org/a> <http://example.org/p> 1, 2, 3 .\n");
        Path gz = tmp.resolve("g.trig.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<http://example.org/g> { <http://example.org/a> <http://example.org/q> 4 }\n".getBytes());
        }
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            assertEquals(3, store.load(ttl).quads());
            assertEquals(3, count(store.dataset()));
            assertEquals(1, store.load(gz).quads());
            assertEquals(1, count(store.dataset()));
        }
    }

    @Test
    void replacedDatabaseIsDeletedAfterItsReadersFinish() throws Exception {
        Path a = generated(tmp, "a", 2, 50);
        Path b = generated(tmp, "b", 3, 50);
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            Path locA = store.load(a).location();
            DatasetGraph ds = store.dataset();
            CountDownLatch inTxn = new CountDownLatch(1);
            CountDownLatch swapped = new CountDownLatch(1);
            AtomicLong before = new AtomicLong(), after = new AtomicLong();
            Thread reader = new Thread(() -> Txn.executeRead(ds, () -> {
                before.set(countInTxn(ds));
                inTxn.countDown();
                try {
                    swapped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                after.set(countInTxn(ds));
            }));
            reader.start();
            inTxn.await();
            store.load(b);
            assertEquals(150, count(ds), "new readers see the new graph");
            assertTrue(Files.exists(locA), "old database kept while a reader uses it");
            swapped.countDown();
            reader.join(10_000);
            assertEquals(100, before.get());
            assertEquals(100, after.get(), "a transaction keeps reading the graph it started with");
            for ( int i = 0; i < 200 && Files.exists(locA); i++ )
                Thread.sleep(10);
            assertFalse(Files.exists(locA), "old database deleted once its last reader finished");
        }
    }

    @Test
    void readersSeeTheOldOrTheNewGraphNeverAMixture() throws Exception {
        Path a = generated(tmp, "a", 4, 300);   // 1200 quads
        Path b = generated(tmp, "b", 5, 400);   // 2000 quads
        Set<Long> allowed = Set.of(1200L, 2000L);
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            store.load(a);
            DatasetGraph ds = store.dataset();
            AtomicBoolean stop = new AtomicBoolean(false);
            AtomicReference<String> failure = new AtomicReference<>();
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            AtomicLong reads = new AtomicLong();
            List<Thread> readers = Stream.generate(() -> new Thread(() -> {
                while ( !stop.get() && failure.get() == null ) {
                    try {
                        Txn.executeRead(ds, () -> {
                            long n1 = countInTxn(ds);
                            long n2 = countInTxn(ds);
                            seen.add(n1);
                            if ( !allowed.contains(n1) || n1 != n2 )
                                failure.compareAndSet(null, "saw " + n1 + " then " + n2);
                        });
                        reads.incrementAndGet();
                    } catch (RuntimeException ex) {
                        failure.compareAndSet(null, ex.toString());
                    }
                }
            })).limit(3).toList();
            readers.forEach(Thread::start);
            for ( int i = 0; i < 6; i++ )
                store.load(i % 2 == 0 ? b : a);
            stop.set(true);
            for ( Thread t : readers )
                t.join(10_000);
            assertNull(failure.get(), failure.get());
            assertTrue(reads.get() > 10, "reads: " + reads.get());
            assertEquals(1200, count(ds));
            assertFalse(seen.isEmpty());
            try (Stream<Path> s = Files.list(tmp.resolve("data"))) {
                long dbs = s.filter(p -> p.getFileName().toString().startsWith("db-")).count();
                assertTrue(dbs <= 2, "replaced databases are removed: " + dbs);
            }
        }
    }

    @Test
    void queryGuardStopsReadsAfterTheDeadline() throws IOException {
        try (GraphStore store = GraphStore.open(tmp.resolve("data"))) {
            store.load(generated(tmp, "a", 1, 200));
            DatasetGraph ds = store.dataset();
            long t0 = System.nanoTime();
            assertThrows(QueryCancelledException.class, () -> {
                try (QueryGuard g = QueryGuard.start(300)) {
                    Txn.executeRead(ds, () -> QueryExec.dataset(ds)
                            .query("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }").select().next());
                }
            });
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5000, "stopped after " + ms + " ms");
            assertNull(QueryGuard.current());
            assertEquals(200, count(ds));
        }
    }
}
