package org.nkkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code build} in child JVMs under {@code -Xmx1g} on the seed corpus and on synthetic corpora made from it, and
 * {@code serve} from nothing built until {@code /health} answers 200.
 */
public final class BuildBench {
    public static final String MAX_HEAP = "-Xmx1g";
    /** A quarter of the heap, for one more run of the largest corpus: memory that is bounded fits in it too. */
    public static final String SMALL_HEAP = "-Xmx256m";
    private static final Pattern DOCS = Pattern.compile("documents\\s+([\\d,]+) \\(([\\d,]+) characters\\)");
    private static final Pattern TRIPLES = Pattern.compile("triples\\s+([\\d,]+)");
    private static final Pattern SECONDS = Pattern.compile("seconds\\s+([\\d.]+)");

    /** One child build. {@code buildSeconds} is the build's own figure (from the first document read to the dumps written). */
    public record BuildRun(int run, boolean ok, int exitCode, double wallSeconds, double cpuSeconds, double buildSeconds, long peakRssMiB,
                           double heapPeakMiB, double heapAfterGcMaxMiB, int collections, String error) {}

    public record Scale(int factor, String heap, int documents, long characters, long inputBytes, long triples, List<BuildRun> runs,
                        boolean allOk, double medianWallSeconds, double medianCpuSeconds, double medianBuildSeconds, long maxPeakRssMiB,
                        double maxHeapPeakMiB, double maxHeapAfterGcMiB, double charsPerSecond,
                        double wallRatioTo1x, double buildRatioTo1x) {}

    /** {@code buildSeconds} and {@code loadSeconds}: what the child reported for its build and its TDB2 load. */
    public record ServeRun(int run, boolean ready, double secondsToHealthy, double buildSeconds, double loadSeconds,
                           long peakRssMiB, String error) {}

    /** The rest: JVM start, gazetteer, server start, and everything else between process start and /health. */
    public record Serve(List<ServeRun> runs, double medianSecondsToHealthy, double medianBuildSeconds,
                        double medianLoadSeconds, long maxPeakRssMiB) {}

    private static final Pattern LOADED = Pattern.compile("loaded [\\d,]+ quads into .* in (\\d+) ms");

    public record Result(String childHeapFlag, List<Scale> scales, Serve serve) {}

    private final Path projectDir, seeds, gazetteer, work;
    private final Consumer<String> log;

    public BuildBench(Path projectDir, Path seeds, Path gazetteer, Path work, Consumer<String> log) {
        this.projectDir = projectDir;
        this.seeds = seeds.toAbsolutePath();
        this.gazetteer = gazetteer.toAbsolutePath();
        this.work = work;
        this.log = log;
    }

    /** The output directory kept from the last run of a factor (its nkkg.trig feeds the store benchmark). */
    public Path keptOutput(int factor) { return work.resolve("out-" + factor + "x"); }

    public Scale scale(int factor, int runs, Double wall1x, Double build1x) {
        return scale(factor, MAX_HEAP, runs, wall1x, build1x);
    }

    public Scale scale(int factor, String heapFlag, int runs, Double wall1x, Double build1x) {
        String tag = factor + "x" + (heapFlag.equals(MAX_HEAP) ? "" : heapFlag.replace("-Xmx", "-"));
        Path corpus = work.resolve("corpus-" + tag);
        SyntheticCorpus.Made made = SyntheticCorpus.generate(seeds, factor, corpus);
        List<BuildRun> out = new ArrayList<>();
        long chars = -1, triples = -1;
        int docs = made.documents();
        for (int r = 1; r <= runs; r++) {
            Path outDir = r == runs && heapFlag.equals(MAX_HEAP) ? keptOutput(factor) : work.resolve("out-" + tag + "-" + r);
            log.accept("build " + factor + "x under " + heapFlag + ": run " + r + "/" + runs + " (" + docs + " documents)");
            ChildJvm.Outcome o = ChildJvm.run("build-" + tag + "-" + r, List.of(heapFlag),
                    List.of("build", "--input", corpus.toString(), "--out", outDir.toString(), "--gazetteer", gazetteer.toString()),
                    projectDir, work, 3600, null);
            String stdout = o.stdoutText();
            boolean ok = o.exitCode() == 0;
            Matcher d = DOCS.matcher(stdout), t = TRIPLES.matcher(stdout), s = SECONDS.matcher(stdout);
            if (d.find()) chars = Long.parseLong(d.group(2).replace(",", ""));
            if (t.find()) triples = Long.parseLong(t.group(1).replace(",", ""));
            double buildSeconds = s.find() ? Double.parseDouble(s.group(1)) : Double.NaN;
            String error = ok ? null : failure(o.stderrTail(400));
            out.add(new BuildRun(r, ok, o.exitCode(), o.wallSeconds(), o.cpuSeconds(), buildSeconds, o.peakRssMiB(), o.heapPeakMiB(),
                    o.liveHeapMiB(), o.collections(), error));
            log.accept(String.format("  %s: %.2f s wall, %.2f s CPU, build %.2f s, peak RSS %d MiB, heap peak %.0f MiB",
                    ok ? "ok" : "FAILED (exit " + o.exitCode() + ")", o.wallSeconds(), o.cpuSeconds(), buildSeconds, o.peakRssMiB(), o.heapPeakMiB()));
            if (!outDir.equals(keptOutput(factor))) deleteTree(outDir);
            if (!ok) break;
        }
        deleteTree(corpus);
        boolean allOk = out.stream().allMatch(BuildRun::ok);
        List<BuildRun> good = out.stream().filter(BuildRun::ok).toList();
        double wall = good.isEmpty() ? Double.NaN : Stats.median(good.stream().map(BuildRun::wallSeconds).toList());
        double cpu = good.isEmpty() ? Double.NaN : Stats.median(good.stream().map(BuildRun::cpuSeconds).toList());
        double build = good.isEmpty() ? Double.NaN : Stats.median(good.stream().map(BuildRun::buildSeconds).toList());
        long rss = out.stream().mapToLong(BuildRun::peakRssMiB).max().orElse(-1);
        double heap = out.stream().mapToDouble(BuildRun::heapPeakMiB).max().orElse(-1);
        double live = out.stream().mapToDouble(BuildRun::heapAfterGcMaxMiB).max().orElse(-1);
        return new Scale(factor, heapFlag, docs, chars, made.bytes(), triples, out, allOk, wall, cpu, build, rss, heap, live,
                chars / build, wall1x == null ? 1.0 : wall / wall1x, build1x == null ? 1.0 : build / build1x);
    }

    /** {@code serve} with nothing built: builds the seeds, loads TDB2, starts the server; timed until /health is 200. */
    public Serve serve(int runs) {
        List<ServeRun> out = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(200)).build();
        for (int r = 1; r <= runs; r++) {
            Path dir = work.resolve("serve-" + r);
            int port = freePort();
            URI health = URI.create("http://127.0.0.1:" + port + "/health");
            log.accept("serve: run " + r + "/" + runs + " (port " + port + ")");
            ChildJvm.Outcome o = ChildJvm.run("serve-" + r, List.of(),
                    List.of("serve", "--port", Integer.toString(port), "--host", "127.0.0.1",
                            "--data", dir.resolve("data").toString(), "--out", dir.resolve("out").toString(),
                            "--input", seeds.toString(), "--gazetteer", gazetteer.toString()),
                    projectDir, work, 120, () -> healthy(http, health));
            Matcher s = SECONDS.matcher(o.stdoutText()), l = LOADED.matcher(o.stderrTail(1000));
            double build = s.find() ? Double.parseDouble(s.group(1)) : Double.NaN;
            double load = l.find() ? Long.parseLong(l.group(1)) / 1e3 : Double.NaN;
            out.add(new ServeRun(r, o.ready(), o.wallSeconds(), build, load, o.peakRssMiB(), o.ready() ? null : o.stderrTail(5)));
            log.accept(String.format("  %s in %.2f s, peak RSS %d MiB", o.ready() ? "healthy" : "NOT READY", o.wallSeconds(), o.peakRssMiB()));
            deleteTree(dir);
        }
        List<ServeRun> good = out.stream().filter(ServeRun::ready).toList();
        return new Serve(out, good.isEmpty() ? Double.NaN : Stats.median(good.stream().map(ServeRun::secondsToHealthy).toList()),
                good.isEmpty() ? Double.NaN : Stats.median(good.stream().map(ServeRun::buildSeconds).toList()),
                good.isEmpty() ? Double.NaN : Stats.median(good.stream().map(ServeRun::loadSeconds).toList()),
                out.stream().mapToLong(ServeRun::peakRssMiB).max().orElse(-1));
    }

    private static boolean healthy(HttpClient http, URI uri) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(500)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The exception line of a failed child and the project's frames under it. */
    static String failure(String stderr) {
        List<String> out = new ArrayList<>();
        boolean seen = false;
        for (String l : stderr.lines().toList()) {
            if (!seen && (l.contains("Exception") || l.contains("Error"))) {
                seen = true;
                out.add(l.replaceAll(".*(Exception in thread|nkkg build:)", "$1").strip());
            } else if (seen && l.strip().startsWith("at org.nkkg") && out.size() < 6) {
                out.add("    " + l.strip());
            }
        }
        return out.isEmpty() ? stderr.lines().reduce((a, b) -> b).orElse("") : String.join("\n", out);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) {
        if (p == null || !Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
        }
    }
}
