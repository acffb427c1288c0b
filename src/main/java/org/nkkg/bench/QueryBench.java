package org.nkkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nkkg.serve.KgServer;
import org.nkkg.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The example queries over HTTP (embedded server on a loopback port, SPARQL results as JSON, the whole body read)
 * against the same queries in-process with ARQ on the very dataset the server serves (parse, execute, every row
 * iterated), alternating; then queries per second with 1, 4 and 16 concurrent clients.
 * Queries with {@code SERVICE} are left out: the server refuses them.
 */
public final class QueryBench {
    private static final Pattern SERVICE = Pattern.compile("\\bSERVICE\\b", Pattern.CASE_INSENSITIVE);
    public static final List<Integer> CLIENTS = List.of(1, 4, 16);

    public record QueryFigure(String query, long rows, double httpP50Millis, double httpP95Millis,
                              double inProcessP50Millis, double inProcessP95Millis, double p50Ratio) {}

    public record Throughput(int clients, int requests, double seconds, double queriesPerSecond, double p50Millis,
                             double p95Millis, int errors) {}

    /** The cheapest query there is: what one request costs beyond the query itself. */
    public static final String BASELINE = "SELECT (1 AS ?one) {}";

    public record Result(int warmups, int samples, long quads, List<String> skipped, List<QueryFigure> queries, QueryFigure baseline,
                         double medianP50Ratio, double worstP50Ratio, String worstQuery, List<Throughput> throughput) {}

    private final Path work;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public QueryBench(Path work, Consumer<String> log) {
        this.work = work;
        this.log = log;
    }

    public Result run(Path trig, Path queryDir, int warmups, int samples, int requestsPerLevel) throws IOException {
        List<String> names = new ArrayList<>(), texts = new ArrayList<>(), skipped = new ArrayList<>();
        try (Stream<Path> s = Files.list(queryDir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(p);
                String body = q.lines().filter(l -> !l.stripLeading().startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
                if (SERVICE.matcher(body).find()) { skipped.add(p.getFileName().toString()); continue; }
                names.add(p.getFileName().toString());
                texts.add(q);
            }
        }
        Path storeDir = work.resolve("query-store");
        try (GraphStore store = GraphStore.open(storeDir)) {
            long quads = store.load(trig).quads();
            try (KgServer server = KgServer.builder().host("127.0.0.1").port(0).store(store).build().start()) {
                URI endpoint = URI.create(server.baseUrl() + "/nkkg/sparql");
                DatasetGraph dsg = store.dataset();
                List<QueryFigure> figures = new ArrayList<>();
                QueryFigure baseline = null;
                // the baseline last, when the server's request path is as warm as it gets
                for (int i = 0; i <= names.size(); i++) {
                    boolean isBaseline = i == names.size();
                    String q = isBaseline ? BASELINE : texts.get(i);
                    String name = isBaseline ? "baseline" : names.get(i);
                    long httpRows = rowsOf(httpQuery(endpoint, q)), localRows = inProcess(dsg, q);
                    if (httpRows != localRows) {
                        throw new IllegalStateException(name + ": " + httpRows + " rows over HTTP but " + localRows + " in-process");
                    }
                    for (int w = 0; w < warmups; w++) { httpQuery(endpoint, q); inProcess(dsg, q); }
                    double[] h = new double[samples], l = new double[samples];
                    for (int k = 0; k < samples; k++) {
                        long t0 = System.nanoTime();
                        httpQuery(endpoint, q);
                        long t1 = System.nanoTime();
                        inProcess(dsg, q);
                        long t2 = System.nanoTime();
                        h[k] = (t1 - t0) / 1e6;
                        l[k] = (t2 - t1) / 1e6;
                    }
                    QueryFigure f = new QueryFigure(name, localRows, Stats.percentile(h, 50), Stats.percentile(h, 95),
                            Stats.percentile(l, 50), Stats.percentile(l, 95), Stats.percentile(h, 50) / Stats.percentile(l, 50));
                    if (isBaseline) baseline = f;
                    else figures.add(f);
                    log.accept(String.format(Locale.ROOT, "query %-45s %5d rows  HTTP p50 %7.2f ms  in-process p50 %7.2f ms  ×%.2f",
                            f.query(), f.rows(), f.httpP50Millis(), f.inProcessP50Millis(), f.p50Ratio()));
                }
                QueryFigure worst = figures.stream().max((a, b) -> Double.compare(a.p50Ratio(), b.p50Ratio())).orElseThrow();
                double medianRatio = Stats.median(figures.stream().map(QueryFigure::p50Ratio).toList());

                List<Throughput> tp = new ArrayList<>();
                concurrent(endpoint, texts, 4, Math.max(texts.size() * 2, requestsPerLevel / 4)); // warm-up
                for (int c : CLIENTS) {
                    Throughput t = concurrent(endpoint, texts, c, requestsPerLevel);
                    tp.add(t);
                    log.accept(String.format(Locale.ROOT, "throughput: %2d clients  %.1f queries/s  p50 %.2f ms  p95 %.2f ms  errors %d",
                            c, t.queriesPerSecond(), t.p50Millis(), t.p95Millis(), t.errors()));
                }
                return new Result(warmups, samples, quads, skipped, figures, baseline, medianRatio, worst.p50Ratio(), worst.query(), tp);
            }
        } finally {
            BuildBench.deleteTree(storeDir);
        }
    }

    private Throughput concurrent(URI endpoint, List<String> queries, int clients, int requests) {
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
        double[] lat = new double[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        long s = System.nanoTime();
                        try {
                            httpQuery(endpoint, queries.get(i % queries.size()));
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        lat[i] = (System.nanoTime() - s) / 1e6;
                    }
                }));
            }
            for (Future<?> f : fs) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("concurrent clients failed: " + e, e);
        } finally {
            pool.shutdown();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Throughput(clients, requests, secs, requests / secs, Stats.percentile(lat, 50), Stats.percentile(lat, 95), errors.get());
    }

    private byte[] httpQuery(URI endpoint, String query) {
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long rowsOf(byte[] json) {
        try {
            JsonNode n = new ObjectMapper().readTree(json);
            return n.path("results").path("bindings").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses, executes and iterates every row in a read transaction; returns the number of rows. */
    private static long inProcess(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rs = qe.select();
                long n = 0;
                while (rs.hasNext()) { rs.next(); n++; }
                return n;
            }
        });
    }
}
