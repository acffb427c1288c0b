package org.nkkg.bench;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.nkkg.build.GraphBuild;
import org.nkkg.corpus.CorpusReader;
import org.nkkg.kb.Gazetteer;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.rdf.RdfConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where build time goes as the corpus grows: {@link GraphBuild#extract} in-process on the 1×, 10× and 100× corpora
 * (its own per-stage timings), then the RDF conversion into a sink that only counts quads, so that the time of each
 * stage can be compared across sizes without the dumps' memory. A stage that grows linearly has a per-copy ratio
 * near 1; the quadratic ones stand out.
 */
public final class ScalingBench {
    /**
     * Seconds per stage (medians of {@code runs}); "documents (read + merge intake)" is the document loop minus the
     * per-document stages.
     */
    public record Size(int factor, int runs, int documents, long characters, long quads, Map<String, Double> seconds,
                       double totalSeconds) {}

    /** {@code perCopy}: stage seconds at the largest factor over (factor × seconds at 1×); 1.0 is linear. */
    public record StageGrowth(String stage, double seconds1x, double secondsLargest, double perCopy) {}

    public record Result(List<Size> sizes, List<StageGrowth> growth) {}

    private final Gazetteer gazetteer;
    private final String base;
    private final Path seeds, work;
    private final Consumer<String> log;

    public ScalingBench(Gazetteer gazetteer, String base, Path seeds, Path work, Consumer<String> log) {
        this.gazetteer = gazetteer;
        this.base = base;
        this.seeds = seeds;
        this.work = work;
        this.log = log;
    }

    /** {@code smallRuns} runs of each factor under 100 (their timings are short, so noise matters), one of the others. */
    public Result run(List<Integer> factors, int smallRuns) {
        measure(1); // warm-up
        List<Size> sizes = new ArrayList<>();
        for (int f : factors) {
            int runs = f < 100 ? smallRuns : 1;
            log.accept("stage scaling: " + f + "x in-process" + (runs > 1 ? ", " + runs + " runs" : ""));
            List<Size> each = new ArrayList<>();
            for (int r = 0; r < runs; r++) each.add(measure(f));
            sizes.add(median(each));
        }
        List<StageGrowth> growth = new ArrayList<>();
        Size one = sizes.get(0), last = sizes.get(sizes.size() - 1);
        for (String stage : one.seconds().keySet()) {
            double a = one.seconds().get(stage), b = last.seconds().getOrDefault(stage, Double.NaN);
            growth.add(new StageGrowth(stage, a, b, b / (a * last.factor() / one.factor())));
        }
        growth.add(new StageGrowth("total", one.totalSeconds(), last.totalSeconds(),
                last.totalSeconds() / (one.totalSeconds() * last.factor() / one.factor())));
        return new Result(sizes, growth);
    }

    private static Size median(List<Size> runs) {
        Size first = runs.get(0);
        Map<String, Double> secs = new LinkedHashMap<>();
        for (String stage : first.seconds().keySet()) {
            secs.put(stage, Stats.median(runs.stream().map(z -> z.seconds().get(stage)).toList()));
        }
        return new Size(first.factor(), runs.size(), first.documents(), first.characters(), first.quads(), secs,
                Stats.median(runs.stream().map(Size::totalSeconds).toList()));
    }

    private Size measure(int factor) {
        Path corpus = work.resolve("scaling-" + factor + "x");
        SyntheticCorpus.Made made = SyntheticCorpus.generate(seeds, factor, corpus);
        try {
            GraphBuild build = new GraphBuild(gazetteer, base, "http://127.0.0.1:3030");
            long t0 = System.nanoTime();
            GraphBuild.Result r = build.extract(corpus, CorpusReader.DEFAULT_MAX_BYTES, m -> {});
            long t1 = System.nanoTime();
            KnowledgeGraph kg = r.kg();
            long[] quads = new long[1];
            new RdfConverter(base).convert(kg, new StreamRDFBase() {
                @Override public void quad(Quad q) { quads[0]++; }
            });
            long t2 = System.nanoTime();
            Map<String, Double> secs = new LinkedHashMap<>();
            double staged = 0;
            for (Map.Entry<String, Long> e : r.stageNanos().entrySet()) {
                secs.put(e.getKey(), e.getValue() / 1e9);
                staged += e.getValue() / 1e9;
            }
            secs.put("documents (read + merge intake)", (t1 - t0) / 1e9 - staged);
            secs.put("rdf (conversion only)", (t2 - t1) / 1e9);
            return new Size(factor, 1, made.documents(), r.characters(), quads[0], secs, (t2 - t0) / 1e9);
        } finally {
            BuildBench.deleteTree(corpus);
        }
    }
}
