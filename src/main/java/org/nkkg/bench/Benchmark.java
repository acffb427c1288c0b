package org.nkkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.nkkg.extract.Resources;
import org.nkkg.kb.Gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole benchmark: extraction throughput in-process, builds and the server start in child JVMs, TDB2 loading,
 * queries over HTTP and in-process. Writes {@code results.json} and {@code results.md} into the output directory.
 */
public final class Benchmark {
    /** Goals the figures are compared with. */
    public static final double TARGET_CHARS_PER_SECOND = 200_000, TARGET_COST_VS_HANLP = 2.0,
            TARGET_SERVE_SECONDS = 5.0, TARGET_100X_RATIO = 110, TARGET_LOAD_RATIO = 0.8, TARGET_HTTP_RATIO = 2.0;

    /**
     * @param quick fewer runs and no 100× corpus, for a fast check
     */
    public record Options(Path projectDir, Path corpus, Path queries, Path gazetteer, String base, Path outDir,
                          boolean quick, int runs, int runs100x, int waitIdleSeconds, String command) {}

    private final Options o;
    private final Consumer<String> log;
    private final long t0 = System.nanoTime();

    public Benchmark(Options options, Consumer<String> log) {
        this.o = options;
        this.log = m -> log.accept(String.format(Locale.ROOT, "[%6.1f s] %s", (System.nanoTime() - t0) / 1e9, m));
    }

    /** The server's request log would flood the console during the query runs; only warnings are shown. */
    public static void quietRequestLog() {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request", "warn");
    }

    public Results run() throws IOException {
        Machine machine = Machine.describe();
        log.accept("machine: " + machine.cpuModel() + ", " + machine.cores() + " cores, " + machine.memoryMiB() + " MiB");
        Path work = Files.createTempDirectory("nkkg-bench-");
        Map<String, String> load = new LinkedHashMap<>();
        try {
            int runs = o.quick() ? 1 : o.runs();

            waitIdle("extraction");
            load.put("start", Machine.loadAverage());
            Gazetteer gazetteer = Gazetteer.load(o.gazetteer());
            Resources resources = new Resources(gazetteer);
            ExtractionBench.Result extraction = new ExtractionBench(resources, o.base())
                    .run(o.corpus(), o.quick() ? 2 : 3, o.quick() ? 3 : 7, log);

            load.put("after extraction", Machine.loadAverage());
            waitIdle("builds");
            BuildBench bb = new BuildBench(o.projectDir(), o.corpus(), o.gazetteer(), work, log);
            List<BuildBench.Scale> scales = new ArrayList<>();
            BuildBench.Scale one = bb.scale(1, runs, null, null);
            scales.add(one);
            scales.add(bb.scale(10, runs, one.medianWallSeconds(), one.medianBuildSeconds()));
            if (!o.quick() && o.runs100x() > 0) {
                scales.add(bb.scale(100, o.runs100x(), one.medianWallSeconds(), one.medianBuildSeconds()));
                BuildBench.deleteTree(bb.keptOutput(100));
                scales.add(bb.scale(100, BuildBench.SMALL_HEAP, 1, one.medianWallSeconds(), one.medianBuildSeconds()));
            }
            BuildBench.Serve serve = bb.serve(o.quick() ? 1 : runs);
            BuildBench.Result build = new BuildBench.Result(BuildBench.MAX_HEAP, scales, serve);
            ScalingBench.Result scaling = new ScalingBench(gazetteer, o.base(), o.corpus(), work, log)
                    .run(o.quick() || o.runs100x() == 0 ? List.of(1, 10) : List.of(1, 10, 100), runs);

            load.put("after builds", Machine.loadAverage());
            waitIdle("TDB2 loads");
            Path seedTrig = bb.keptOutput(1).resolve("nkkg.trig");
            Map<String, Path> dumps = new LinkedHashMap<>();
            dumps.put("seed (1×)", seedTrig);
            Path trig10 = bb.keptOutput(10).resolve("nkkg.trig");
            if (Files.isRegularFile(trig10)) dumps.put("10×", trig10);
            StoreBench.Result store = new StoreBench(work, log).run(dumps, o.quick() ? 1 : Math.max(runs, 5));

            load.put("after TDB2 loads", Machine.loadAverage());
            waitIdle("queries");
            QueryBench.Result queries = new QueryBench(work, log).run(seedTrig, o.queries(),
                    o.quick() ? 3 : 10, o.quick() ? 10 : 40, o.quick() ? 96 : 480);

            load.put("end", Machine.loadAverage());
            Results r = new Results(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), o.quick() ? "quick" : "full",
                    o.command(), revision(o.projectDir()), machine, load, notes(), targets(extraction, build, scaling, store, queries), extraction, build, scaling, store,
                    queries, (System.nanoTime() - t0) / 1e9);
            write(r);
            return r;
        } finally {
            BuildBench.deleteTree(work);
        }
    }

    /**
     * With {@code --wait-idle}, waits (up to that many seconds) until the 1-minute load average is under 0.75 per
     * core, so that other work on a shared machine does not get into the figures.
     */
    private void waitIdle(String part) {
        if (o.waitIdleSeconds() <= 0) return;
        double limit = 0.75 * Runtime.getRuntime().availableProcessors();
        long deadline = System.nanoTime() + o.waitIdleSeconds() * 1_000_000_000L;
        boolean said = false;
        while (System.nanoTime() < deadline) {
            String l = Machine.loadAverage();
            double now;
            try {
                now = Double.parseDouble(l.split(" ")[0]);
            } catch (NumberFormatException e) {
                return;
            }
            if (now < limit) return;
            if (!said) log.accept(String.format(Locale.ROOT, "waiting for the load average (%s) to fall under %.1f before the %s", l, limit, part));
            said = true;
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.accept("still busy (load " + Machine.loadAverage() + "); going on with the " + part);
    }

    /** The commit the project directory is at (read-only git commands), and whether its tree had changes. */
    static String revision(Path dir) {
        try {
            String head = git(dir, "rev-parse", "--short", "HEAD").strip();
            if (head.isEmpty()) return "unknown";
            boolean dirty = !git(dir, "status", "--porcelain", "--untracked-files=no").isBlank();
            return head + (dirty ? " with uncommitted changes" : "");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String git(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
        return out;
    }

    private static String notes() {
        return "Figures are medians of the runs listed. Extraction runs in one thread of the benchmark JVM after warm-up, "
                + "so characters/second is per core. Builds and the server start run in child JVMs (the same java and class "
                + "path) and include JVM start; builds run under " + BuildBench.MAX_HEAP + ". Synthetic corpora repeat the "
                + "seed documents with new ids and publication dates shifted by one year per copy. In the query benchmark "
                + "the server's per-request INFO log is off.";
    }

    static List<Target> targets(ExtractionBench.Result x, BuildBench.Result b, ScalingBench.Result sc, StoreBench.Result s,
                                QueryBench.Result q) {
        List<Target> t = new ArrayList<>();
        ExtractionBench.Variant all = x.variants().get(x.variants().size() - 1);
        t.add(Target.atLeast("Extraction throughput per core", "≥ 200,000 chars/s", all.charsPerSecond(), TARGET_CHARS_PER_SECOND,
                String.format(Locale.ROOT, "%,.0f chars/s", all.charsPerSecond())));
        t.add(Target.atMost("Extraction cost vs HanLP segmentation alone", "≤ 2×", all.costVsHanlp(), TARGET_COST_VS_HANLP,
                String.format(Locale.ROOT, "%.1f×", all.costVsHanlp())));
        double serve = b.serve().medianSecondsToHealthy();
        t.add(Target.atMost("Seed build + server ready (JVM start to /health 200)", "≤ 5 s", serve, TARGET_SERVE_SECONDS,
                String.format(Locale.ROOT, "%.2f s", serve)));
        BuildBench.Scale hundred = b.scales().stream().filter(z -> z.factor() == 100 && z.heap().equals(BuildBench.MAX_HEAP)).findFirst().orElse(null);
        if (hundred == null) {
            t.add(Target.notMeasured("100× build time vs 1×", "≤ 110×", "skipped (quick run)"));
            t.add(Target.notMeasured("100× build heap", "≤ 1 GB", "skipped (quick run)"));
        } else if (!hundred.allOk()) {
            BuildBench.BuildRun failed = hundred.runs().stream().filter(r -> !r.ok()).findFirst().orElseThrow();
            String why = failed.error() == null ? "exit " + failed.exitCode() : failed.error().lines().findFirst().orElse("");
            ScalingBench.Size in1 = sc.sizes().get(0), inN = sc.sizes().get(sc.sizes().size() - 1);
            ScalingBench.StageGrowth worst = sc.growth().stream().filter(g -> !g.stage().equals("total") && g.secondsLargest() > 0.5)
                    .max((a, c) -> Double.compare(a.perCopy(), c.perCopy())).orElseThrow();
            t.add(new Target("100× build time vs 1×", "≤ 110×", String.format(Locale.ROOT,
                    "no build time: failed under %s after %.0f s. In-process without the dumps: %d× took %.0f× the 1× time; "
                            + "stage `%s` %.1f× worse than linear", BuildBench.MAX_HEAP, failed.wallSeconds(), inN.factor(),
                    inN.totalSeconds() / in1.totalSeconds(), worst.stage(), worst.perCopy()), false));
            t.add(new Target("100× build heap", "≤ 1 GB", "failed: " + why, false));
        } else {
            t.add(Target.atMost("100× build time vs 1×", "≤ 110×", hundred.wallRatioTo1x(), TARGET_100X_RATIO,
                    String.format(Locale.ROOT, "%.1f× wall (%.1f× the build's own time)", hundred.wallRatioTo1x(), hundred.buildRatioTo1x())));
            BuildBench.Scale small = b.scales().stream().filter(z -> z.factor() == 100 && z.heap().equals(BuildBench.SMALL_HEAP))
                    .findFirst().orElse(null);
            String alsoSmall = small == null ? "" : small.allOk()
                    ? String.format(Locale.ROOT, "; also completes under %s (%.1f s, peak RSS %d MiB)", BuildBench.SMALL_HEAP,
                            small.medianWallSeconds(), small.maxPeakRssMiB())
                    : "; fails under " + BuildBench.SMALL_HEAP;
            t.add(new Target("100× build heap", "≤ 1 GB", String.format(Locale.ROOT,
                    "completed under %s; heap peak %.0f MiB, peak RSS %d MiB%s", BuildBench.MAX_HEAP, hundred.maxHeapPeakMiB(),
                    hundred.maxPeakRssMiB(), alsoSmall), true));
        }
        StoreBench.Dump largest = s.dumps().get(s.dumps().size() - 1);
        t.add(Target.atLeast("TDB2 load rate vs Jena's bulk loader (" + largest.name() + " dump)", "≥ 0.8×", largest.ratioToPhased(),
                TARGET_LOAD_RATIO, String.format(Locale.ROOT, "%.2f× the phased loader, %.2f× the parallel loader",
                        largest.ratioToPhased(), largest.ratioToParallel())));
        t.add(Target.atMost("HTTP query p50 vs in-process (every query)", "≤ 2×", q.worstP50Ratio(), TARGET_HTTP_RATIO,
                String.format(Locale.ROOT, "worst %.2f× (%s), median %.2f×", q.worstP50Ratio(), q.worstQuery(), q.medianP50Ratio())));
        return t;
    }

    private void write(Results r) throws IOException {
        Files.createDirectories(o.outDir());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o.outDir().resolve("results.json").toFile(), r);
        Files.writeString(o.outDir().resolve("results.md"), MarkdownReport.render(r), StandardCharsets.UTF_8);
        log.accept("written " + o.outDir().resolve("results.md") + " and results.json");
    }

    /** Writes results.md again from the results.json in {@code outDir}, without measuring anything. */
    public static Results render(Path outDir) throws IOException {
        Results r = new ObjectMapper().readValue(outDir.resolve("results.json").toFile(), Results.class);
        Files.writeString(outDir.resolve("results.md"), MarkdownReport.render(r), StandardCharsets.UTF_8);
        return r;
    }
}
