package org.nkkg.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** results.md: the targets first, then one table per part. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(Results r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# NKKG benchmark results\n\n");
        sb.append("Generated ").append(r.generatedAt()).append(" by `").append(r.command()).append("` (")
                .append(r.mode()).append(" run, ").append(f("%.0f", r.benchSeconds())).append(" s) on source revision ")
                .append(r.sourceRevision() == null ? "unknown" : r.sourceRevision()).append(". ")
                .append("Machine-readable: `results.json`.\n\n");
        Machine m = r.machine();
        sb.append("## Machine\n\n| | |\n|---|---|\n");
        row(sb, "CPU", m.cpuModel());
        row(sb, "cores", Integer.toString(m.cores()));
        row(sb, "memory", f("%,d MiB", m.memoryMiB()));
        row(sb, "OS", m.os() + ", kernel " + m.kernel());
        row(sb, "JVM", m.jvm());
        row(sb, "benchmark JVM heap", f("max %,d MiB", m.benchHeapMaxMiB()) + (m.jvmFlags().isBlank() ? "" : " (flags: `" + m.jvmFlags() + "`)"));
        row(sb, "load average (1, 5, 15 min)", r.loadAverage().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        sb.append("\n").append(r.notes()).append("\n\n");

        sb.append("## Targets\n\n| target | goal | measured | |\n|---|---|---|---|\n");
        for (Target t : r.targets()) sb.append("| ").append(t.name()).append(" | ").append(t.goal()).append(" | ")
                .append(t.measured()).append(" | ").append(t.verdict()).append(" |\n");

        extraction(sb, r.extraction());
        build(sb, r.build());
        scaling(sb, r.scaling());
        store(sb, r.store());
        queries(sb, r.queries());
        return sb.toString();
    }

    private static void extraction(StringBuilder sb, ExtractionBench.Result x) {
        sb.append("\n## 1. Extraction throughput (in-process, one thread)\n\n");
        sb.append(f("%d warm-up passes, then the median of %d passes over the seed documents of each language variant. ",
                x.warmupPasses(), x.measuredPasses()));
        sb.append("Each stage's figure is characters of the variant's documents divided by the time that stage took; "
                + "`mentions` includes segmentation for Chinese. The two segmentation rows run alone on the sentences the "
                + "mention stage segments: the project's configured segmenter (HanLP with its name, place and organization "
                + "recognisers and the gazetteer's names) and HanLP's standard segmenter (`HanLP.newSegment()`), the floor. "
                + "*× floor* is a stage's time over the floor's time.\n\n");
        List<ExtractionBench.Variant> vs = x.variants();
        sb.append("| stage | ").append(vs.stream().map(v -> v.lang() + " chars/s | ms | × floor").collect(Collectors.joining(" | ")))
                .append(" |\n|---|").append("---:|---:|---:|".repeat(vs.size())).append("\n");
        sb.append("| characters (documents) |").append(vs.stream().map(v -> f(" %,d (%d) | | ", v.characters(), v.documents()))
                .collect(Collectors.joining("|"))).append("|\n");
        List<String> stages = vs.get(0).stages().stream().map(ExtractionBench.StageFigure::stage).toList();
        for (String s : stages) {
            sb.append("| ").append(s).append(" |");
            for (ExtractionBench.Variant v : vs) {
                ExtractionBench.StageFigure fig = v.stages().stream().filter(g -> g.stage().equals(s)).findFirst().orElseThrow();
                sb.append(f(" %,.0f | %.1f | %.2f |", fig.charsPerSecond(), fig.medianMillis(), fig.medianMillis() / v.hanlpMillis()));
            }
            sb.append("\n");
        }
        sb.append("| **all stages** |");
        for (ExtractionBench.Variant v : vs) sb.append(f(" **%,.0f** | %.1f | **%.2f** |", v.charsPerSecond(), v.totalMillis(), v.costVsHanlp()));
        sb.append("\n| segmentation, configured segmenter alone |");
        for (ExtractionBench.Variant v : vs) sb.append(f(" %,.0f | %.1f | %.2f |", v.configuredSegmenterCharsPerSecond(),
                v.configuredSegmenterMillis(), v.configuredSegmenterMillis() / v.hanlpMillis()));
        sb.append("\n| segmentation, HanLP standard segmenter alone (floor) |");
        for (ExtractionBench.Variant v : vs) sb.append(f(" %,.0f | %.1f | 1.00 |", v.hanlpCharsPerSecond(), v.hanlpMillis()));
        sb.append("\n\nOn the measuring thread's CPU time instead of wall time (what other load on the machine hardly "
                + "changes; garbage collection on other threads is not in it): all stages ");
        sb.append(vs.stream().map(v -> f("%s %,.0f chars/CPU-s (%.2f× floor)", v.lang(), v.charsPerCpuSecond(), v.costVsHanlpCpu()))
                .collect(Collectors.joining(", "))).append(".\n");
    }

    private static void build(StringBuilder sb, BuildBench.Result b) {
        sb.append("\n## 2. Build wall time and memory (child JVMs, `").append(b.childHeapFlag()).append("` unless the row says otherwise)\n\n");
        sb.append("Wall time is from process start to exit (JVM start, gazetteer, extraction, merge, linking, RDF and all "
                + "dumps); *build time* is the build's own figure (first document read to dumps written). Peak RSS is the "
                + "process's VmHWM; heap figures come from the child's GC log (*heap peak*: most heap in use, before a "
                + "collection or at exit; *after GC*: the most that remained after any collection, which with G1 includes "
                + "old-generation garbage not yet collected, so it is an upper bound of the live data, not the live data). "
                + "A last run of the largest corpus under `" + BuildBench.SMALL_HEAP + "` tests whether memory is bounded: "
                + "it can complete only if what the build keeps stays small.\n\n");
        sb.append("| corpus | documents | characters | triples | runs | wall s (median) | × 1× | CPU s (median) | build s (median) | × 1× | chars/s (build) | peak RSS MiB | heap peak MiB | after GC MiB | all ok |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (BuildBench.Scale s : b.scales()) {
            if (!s.allOk()) {
                BuildBench.BuildRun last = s.runs().get(s.runs().size() - 1);
                sb.append(f("| %s | %,d | %s | — | %d | failed after %.2f | — | %.2f | — | — | — | %,d | %,.0f | %,.0f | **no** |\n",
                        corpus(s), s.documents(), s.characters() > 0 ? f("%,d", s.characters()) : f("(%,d bytes)", s.inputBytes()),
                        s.runs().size(), last.wallSeconds(), last.cpuSeconds(), s.maxPeakRssMiB(), s.maxHeapPeakMiB(),
                        s.maxHeapAfterGcMiB()));
                continue;
            }
            sb.append(f("| %s | %,d | %,d | %,d | %d | %.2f | %.1f | %.2f | %.2f | %.1f | %,.0f | %,d | %,.0f | %,.0f | %s |\n",
                    corpus(s), s.documents(), s.characters(), s.triples(), s.runs().size(), s.medianWallSeconds(),
                    s.wallRatioTo1x(), s.medianCpuSeconds(), s.medianBuildSeconds(), s.buildRatioTo1x(), s.charsPerSecond(), s.maxPeakRssMiB(),
                    s.maxHeapPeakMiB(), s.maxHeapAfterGcMiB(), s.allOk() ? "yes" : "**no**"));
        }
        sb.append("\nEvery run:\n\n| corpus | run | ok | wall s | CPU s | build s | peak RSS MiB | heap peak MiB | after GC MiB | GCs |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BuildBench.Scale s : b.scales()) {
            for (BuildBench.BuildRun r : s.runs()) {
                sb.append(f("| %s | %d | %s | %.2f | %.2f | %s | %,d | %,.0f | %,.0f | %d |\n", corpus(s), r.run(),
                        r.ok() ? "yes" : "**no** (exit " + r.exitCode() + ")", r.wallSeconds(), r.cpuSeconds(),
                        Double.isNaN(r.buildSeconds()) ? "—" : f("%.2f", r.buildSeconds()),
                        r.peakRssMiB(), r.heapPeakMiB(), r.heapAfterGcMaxMiB(), r.collections()));
            }
        }
        for (BuildBench.Scale s : b.scales()) {
            for (BuildBench.BuildRun r : s.runs()) {
                if (r.error() != null) sb.append(f("\n%s run %d failed:\n\n```\n%s\n```\n", corpus(s), r.run(), r.error()));
            }
        }
        BuildBench.Serve sv = b.serve();
        sb.append("\n**Seed build + server ready**: `serve` with nothing built (build the seeds, load TDB2, start Fuseki), "
                + "from process start until `/health` answers 200: ");
        sb.append(f("median **%.2f s** over %d runs (", sv.medianSecondsToHealthy(), sv.runs().size()))
                .append(sv.runs().stream().map(x -> x.ready() ? f("%.2f", x.secondsToHealthy()) : "not ready").collect(Collectors.joining(", ")))
                .append(f(" s), peak RSS %,d MiB (default heap). Of the median, the build reported %.2f s and the TDB2 load "
                        + "%.2f s; the remaining %.2f s are JVM start, reading the gazetteer, starting the server and the "
                        + "steps between.\n", sv.maxPeakRssMiB(), sv.medianBuildSeconds(), sv.medianLoadSeconds(),
                        sv.medianSecondsToHealthy() - sv.medianBuildSeconds() - sv.medianLoadSeconds()));
    }

    private static void scaling(StringBuilder sb, ScalingBench.Result s) {
        sb.append("\n### Where build time goes as the corpus grows (in-process)\n\n");
        sb.append("`GraphBuild.extract` on each corpus in the benchmark JVM after a 1× warm-up (median of "
                + s.sizes().stream().map(z -> z.factor() + "×: " + z.runs()).collect(Collectors.joining(", "))
                + " runs), with its own "
                + "stage timings, then the RDF conversion into a sink that only counts quads (no dumps). `merge` is the "
                + "corpus merge at the end (entities, events, statements, roles); *documents* is the rest of the document "
                + "loop (reading, and the merger taking each document in). *Per copy* is the stage's time at the largest "
                + "corpus over (copies × its time at 1×): 1.0 is linear, larger is worse than linear.\n\n");
        sb.append("| stage |").append(s.sizes().stream().map(z -> f(" %d× s |", z.factor())).collect(Collectors.joining()))
                .append(" per copy |\n|---|").append("---:|".repeat(s.sizes().size())).append("---:|\n");
        for (ScalingBench.StageGrowth g : s.growth()) {
            sb.append("| ").append(g.stage()).append(" |");
            for (ScalingBench.Size z : s.sizes()) {
                double v = g.stage().equals("total") ? z.totalSeconds() : z.seconds().getOrDefault(g.stage(), Double.NaN);
                sb.append(f(" %.3f |", v));
            }
            boolean worse = g.perCopy() > 1.5 && g.secondsLargest() > 0.5; // tiny stages are mostly timer noise
            sb.append(f(" %s |\n", worse ? f("**%.2f**", g.perCopy()) : f("%.2f", g.perCopy())));
        }
        sb.append("| quads |").append(s.sizes().stream().map(z -> f(" %,d |", z.quads())).collect(Collectors.joining())).append(" |\n");
    }

    private static void store(StringBuilder sb, StoreBench.Result s) {
        sb.append("\n## 3. TDB2 load rate\n\n");
        sb.append(f("Fresh database each time, after one warm-up load of each kind; %d runs, each loading with all three. ", s.runs()))
                .append("`GraphStore.load` is what `serve` uses (one write transaction, then counts the quads and publishes the "
                        + "database); the Jena loaders are `LoaderFactory.phasedLoader` (the default of `tdb2.tdbloader`) and "
                        + "`LoaderFactory.parallelLoader`.\n\n");
        sb.append("*GraphStore.load × this* is GraphStore.load's rate over that loader's, as the median of the ratios "
                + "within each run (the three loads of a run follow each other, so other work on the machine weighs on "
                + "them alike).\n\n");
        sb.append("| dump | size | quads | loader | seconds (median) | quads/s | GraphStore.load × this |\n|---|---:|---:|---|---:|---:|---:|\n");
        StringBuilder counts = new StringBuilder();
        for (StoreBench.Dump d : s.dumps()) {
            double[] ratio = {1.0, d.ratioToPhased(), d.ratioToParallel()};
            for (int i = 0; i < d.loaders().size(); i++) {
                StoreBench.LoaderFigure l = d.loaders().get(i);
                sb.append(f("| %s | %,.1f MB | %,d | %s | %.3f | %,.0f | %.2f |\n", d.name(), d.bytes() / 1e6, d.quads(),
                        l.loader(), l.medianSeconds(), l.quadsPerSecond(), ratio[i]));
            }
            counts.append(f("%s %.3f s of %.3f s", d.name(), d.countSeconds(), d.loaders().get(0).medianSeconds())).append("; ");
        }
        sb.append("\nOf `GraphStore.load`'s time, the scan that counts the quads after the commit (timed alone, the same "
                + "scan): ").append(counts.substring(0, counts.length() - 2)).append(".\n");
    }

    private static void queries(StringBuilder sb, QueryBench.Result q) {
        sb.append("\n## 4. Queries: HTTP against in-process\n\n");
        sb.append(f("Seed graph (%,d quads) in TDB2 behind the embedded server on a loopback port. Each query: row counts "
                + "checked equal both ways, %d warm-up rounds, then %d alternating samples. HTTP: POST to `/nkkg/sparql`, "
                + "SPARQL JSON results, whole body read (`java.net.http`, HTTP/1.1, keep-alive). In-process: ARQ on the "
                + "dataset the server serves, parse + execute + every row iterated. Percentiles are nearest-rank.",
                q.quads(), q.warmups(), q.samples()));
        if (!q.skipped().isEmpty()) sb.append(" Not run (SERVICE, refused by the server): ").append(String.join(", ", q.skipped())).append(".");
        sb.append("\n\n| query | rows | HTTP p50 ms | HTTP p95 ms | in-process p50 ms | in-process p95 ms | p50 HTTP × in-process |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (QueryBench.QueryFigure x : q.queries()) {
            sb.append(f("| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |\n", x.query(), x.rows(), x.httpP50Millis(),
                    x.httpP95Millis(), x.inProcessP50Millis(), x.inProcessP95Millis(), x.p50Ratio()));
        }
        QueryBench.QueryFigure b = q.baseline();
        sb.append(f("| *baseline: `%s`* | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |\n", QueryBench.BASELINE, b.rows(),
                b.httpP50Millis(), b.httpP95Millis(), b.inProcessP50Millis(), b.inProcessP95Millis(), b.p50Ratio()));
        sb.append(f("\nMedian ratio %.2f×, worst %.2f× (%s). The baseline query (not an example, not in the ratios) shows the "
                + "fixed cost of one request: HTTP p50 − in-process p50 = %.2f ms.\n", q.medianP50Ratio(), q.worstP50Ratio(),
                q.worstQuery(), b.httpP50Millis() - b.inProcessP50Millis()));
        sb.append("\nThroughput: concurrent clients each sending the next query of the list in turn, over HTTP, until the "
                + "fixed number of requests is done.\n\n| clients | requests | seconds | queries/s | × 1 client | p50 ms | p95 ms | errors |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double one = q.throughput().get(0).queriesPerSecond();
        for (QueryBench.Throughput t : q.throughput()) {
            sb.append(f("| %d | %d | %.2f | %.1f | %.2f | %.2f | %.2f | %d |\n", t.clients(), t.requests(), t.seconds(),
                    t.queriesPerSecond(), t.queriesPerSecond() / one, t.p50Millis(), t.p95Millis(), t.errors()));
        }
    }

    private static String corpus(BuildBench.Scale s) {
        return s.factor() + "×" + (s.heap() == null || s.heap().equals(BuildBench.MAX_HEAP) ? "" : " (`" + s.heap() + "`)");
    }

    private static void row(StringBuilder sb, String k, String v) { sb.append("| ").append(k).append(" | ").append(v).append(" |\n"); }

    private static String f(String fmt, Object... args) { return String.format(Locale.ROOT, fmt, args); }
}
