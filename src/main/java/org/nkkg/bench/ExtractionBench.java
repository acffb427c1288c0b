package org.nkkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.nkkg.corpus.CorpusEntry;
import org.nkkg.corpus.CorpusReader;
import org.nkkg.dump.QuadCollector;
import org.nkkg.extract.Pipeline;
import org.nkkg.extract.Resources;
import org.nkkg.extract.Stage;
import org.nkkg.extract.Stages;
import org.nkkg.link.OfflineLinker;
import org.nkkg.merge.CorpusMerger;
import org.nkkg.model.Document;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.Lang;
import org.nkkg.model.Sentence;
import org.nkkg.model.SourceDoc;
import org.nkkg.nlp.ChineseScript;
import org.nkkg.rdf.RdfConverter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * In-process extraction throughput, per language variant and per stage, after warm-up: the per-document stages of
 * {@link Stages#standard} one after the other as {@link Pipeline} runs them, then the corpus merge, the Wikidata
 * linking and the RDF conversion (into the build's {@link QuadCollector}) over the documents of that variant. Beside them, on the very sentences the mention stage segments (cleaned, split,
 * character-simplified), two segmentation figures: the project's configured segmenter alone (part of the mention
 * stage) and HanLP's standard segmenter ({@code HanLP.newSegment()}) alone, the floor.
 */
public final class ExtractionBench {
    public static final List<String> CORPUS_STAGES = List.of("merge", "link", "rdf");

    /** Wall-clock figures (medians), and the same on the measuring thread's CPU time, which other load hardly changes. */
    public record StageFigure(String stage, double medianMillis, double charsPerSecond, double shareOfTotal,
                              double cpuMillis, double charsPerCpuSecond) {}

    public record Variant(String lang, int documents, long characters, List<StageFigure> stages,
                          double totalMillis, double charsPerSecond, double configuredSegmenterMillis,
                          double configuredSegmenterCharsPerSecond, double hanlpMillis, double hanlpCharsPerSecond,
                          double costVsHanlp, double costVsConfiguredSegmenter,
                          double totalCpuMillis, double charsPerCpuSecond, double hanlpCpuMillis, double costVsHanlpCpu) {}

    public record Result(int warmupPasses, int measuredPasses, List<Variant> variants) {}

    private final Resources resources;
    private final String base;

    public ExtractionBench(Resources resources, String base) {
        this.resources = resources;
        this.base = base;
    }

    public Result run(Path corpus, int warmups, int passes, Consumer<String> log) {
        CorpusReader reader = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_BYTES, m -> {});
        Map<Lang, List<SourceDoc>> byLang = new EnumMap<>(Lang.class);
        for (CorpusEntry e : reader.list()) {
            SourceDoc d = reader.read(e);
            byLang.computeIfAbsent(d.lang(), l -> new ArrayList<>()).add(d);
        }
        List<Stage> stages = Stages.standard(resources);
        new Pipeline(stages); // checks the order of the stages

        // the sentences the mention stage segments, as it segments them
        Map<Lang, List<String>> sentences = new EnumMap<>(Lang.class);
        byLang.forEach((lang, docs) -> {
            List<String> out = new ArrayList<>();
            for (SourceDoc sd : docs) {
                Document d = Document.of(sd);
                for (Stage s : stages) d = s.apply(d);
                for (Sentence s : d.sentences()) out.add(ChineseScript.simplifyChars(d.text().substring(s.begin(), s.end())));
            }
            sentences.put(lang, out);
        });
        Segment hanlp = HanLP.newSegment();

        // per variant, per measured pass: stage (and "segmenter", "floor") → {wall ns, cpu ns}
        Map<Lang, List<Map<String, long[]>>> samples = new EnumMap<>(Lang.class);
        for (int pass = 0; pass < warmups + passes; pass++) {
            boolean measured = pass >= warmups;
            log.accept("extraction: " + (measured ? "pass " + (pass - warmups + 1) + "/" + passes : "warm-up " + (pass + 1) + "/" + warmups));
            for (Map.Entry<Lang, List<SourceDoc>> en : byLang.entrySet()) {
                Map<String, long[]> t = onePass(stages, en.getValue());
                List<String> sents = sentences.get(en.getKey());
                t.put(SEGMENTER, time(() -> { long n = 0; for (String x : sents) n += resources.segmenter().segment(x, 0).size(); return n; }));
                t.put(FLOOR, time(() -> { long n = 0; for (String x : sents) n += hanlp.seg(x).size(); return n; }));
                if (measured) samples.computeIfAbsent(en.getKey(), l -> new ArrayList<>()).add(t);
            }
        }

        List<Variant> variants = new ArrayList<>();
        List<Map<String, long[]>> all = new ArrayList<>();
        for (int i = 0; i < passes; i++) all.add(new LinkedHashMap<>());
        for (Map.Entry<Lang, List<Map<String, long[]>>> en : samples.entrySet()) {
            List<SourceDoc> docs = byLang.get(en.getKey());
            variants.add(variant(en.getKey().tag(), docs.size(), chars(docs), en.getValue()));
            for (int i = 0; i < passes; i++) {
                for (Map.Entry<String, long[]> x : en.getValue().get(i).entrySet()) {
                    long[] acc = all.get(i).computeIfAbsent(x.getKey(), k -> new long[2]);
                    acc[0] += x.getValue()[0];
                    acc[1] += x.getValue()[1];
                }
            }
        }
        List<SourceDoc> everything = byLang.values().stream().flatMap(List::stream).toList();
        variants.add(variant("all", everything.size(), chars(everything), all));
        return new Result(warmups, passes, variants);
    }

    private static final String SEGMENTER = "segmentation (configured segmenter alone)", FLOOR = "segmentation (HanLP standard segmenter alone)";

    private static long chars(List<SourceDoc> docs) { return docs.stream().mapToLong(d -> d.text().length()).sum(); }

    private static Variant variant(String lang, int docs, long chars, List<Map<String, long[]>> passes) {
        List<StageFigure> figures = new ArrayList<>();
        double[] totalWall = new double[passes.size()], totalCpu = new double[passes.size()];
        for (String stage : passes.get(0).keySet()) {
            if (stage.equals(SEGMENTER) || stage.equals(FLOOR)) continue;
            for (int i = 0; i < passes.size(); i++) {
                totalWall[i] += passes.get(i).get(stage)[0];
                totalCpu[i] += passes.get(i).get(stage)[1];
            }
        }
        double totalMs = Stats.median(totalWall) / 1e6, totalCpuMs = Stats.median(totalCpu) / 1e6;
        for (String stage : passes.get(0).keySet()) {
            if (stage.equals(SEGMENTER) || stage.equals(FLOOR)) continue;
            double ms = medianMillis(passes, stage, 0), cpu = medianMillis(passes, stage, 1);
            figures.add(new StageFigure(stage, ms, chars / (ms / 1e3), ms / totalMs, cpu, chars / (cpu / 1e3)));
        }
        double segMs = medianMillis(passes, SEGMENTER, 0), floorMs = medianMillis(passes, FLOOR, 0);
        double floorCpu = medianMillis(passes, FLOOR, 1);
        return new Variant(lang, docs, chars, figures, totalMs, chars / (totalMs / 1e3), segMs, chars / (segMs / 1e3),
                floorMs, chars / (floorMs / 1e3), totalMs / floorMs, totalMs / segMs,
                totalCpuMs, chars / (totalCpuMs / 1e3), floorCpu, totalCpuMs / floorCpu);
    }

    private static double medianMillis(List<Map<String, long[]>> passes, String stage, int which) {
        double[] v = new double[passes.size()];
        for (int i = 0; i < v.length; i++) v[i] = passes.get(i).get(stage)[which];
        return Stats.median(v) / 1e6;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long cpu() { return THREADS.getCurrentThreadCpuTime(); }

    private static long sink;

    private static long[] time(LongSupplier work) {
        long c0 = cpu(), t0 = System.nanoTime();
        sink += work.getAsLong();
        return new long[]{System.nanoTime() - t0, cpu() - c0};
    }

    /** One pass over the documents of one variant, as a build runs them; {wall, cpu} nanoseconds per stage. */
    private Map<String, long[]> onePass(List<Stage> stages, List<SourceDoc> docs) {
        Map<String, long[]> t = new LinkedHashMap<>();
        for (Stage s : stages) t.put(s.name(), new long[2]);
        for (String s : CORPUS_STAGES) t.put(s, new long[2]);
        CorpusMerger merger = new CorpusMerger(resources.gazetteer());
        for (SourceDoc sd : docs) {
            Document d = Document.of(sd);
            for (Stage s : stages) {
                long c0 = cpu(), t0 = System.nanoTime();
                d = s.apply(d);
                add(t.get(s.name()), t0, c0);
            }
            long c0 = cpu(), t0 = System.nanoTime();
            merger.process(d);
            add(t.get("merge"), t0, c0);
        }
        long c0 = cpu(), t0 = System.nanoTime();
        KnowledgeGraph kg = merger.close();
        add(t.get("merge"), t0, c0);
        c0 = cpu();
        t0 = System.nanoTime();
        kg = new OfflineLinker(resources.gazetteer()).link(kg);
        add(t.get("link"), t0, c0);
        c0 = cpu();
        t0 = System.nanoTime();
        QuadCollector quads = new QuadCollector();
        new RdfConverter(base).convert(kg, quads);
        add(t.get("rdf"), t0, c0);
        sink += quads.prefixes().size();
        return t;
    }

    private static void add(long[] acc, long t0, long c0) {
        acc[0] += System.nanoTime() - t0;
        acc[1] += cpu() - c0;
    }
}
