package org.nkkg.build;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.nkkg.corpus.CorpusEntry;
import org.nkkg.corpus.CorpusReader;
import org.nkkg.dump.DumpWriter;
import org.nkkg.dump.QuadCollector;
import org.nkkg.dump.VoidDescription;
import org.nkkg.extract.Pipeline;
import org.nkkg.extract.Resources;
import org.nkkg.extract.Stages;
import org.nkkg.kb.Gazetteer;
import org.nkkg.link.Linker;
import org.nkkg.link.OfflineLinker;
import org.nkkg.merge.CorpusMerger;
import org.nkkg.model.Entity;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.SourceDoc;
import org.nkkg.model.WikidataLink;
import org.nkkg.rdf.RdfConverter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The main job, stage by stage: corpus → per-document pipeline → corpus merge → Wikidata links → RDF → dumps.
 * Documents are read and processed one at a time; only their extracted layers are kept.
 */
public final class GraphBuild {
    /** Inputs larger than this (in documents) get a progress bar on stderr. */
    private static final int PROGRESS_FROM = 20;

    private final Resources resources;
    private final String base;
    private final String publicUrl;
    /** Linking after the offline linker (online Wikidata candidates), or null: the default build uses no network. */
    private Linker extraLinker;

    public GraphBuild(Gazetteer gazetteer, String base, String publicUrl) {
        this.resources = new Resources(gazetteer);
        this.base = base.endsWith("/") ? base : base + "/";
        this.publicUrl = publicUrl;
    }

    /** Adds a linking step that runs after the offline linker (e.g. {@code --wikidata online}); null removes it. */
    public GraphBuild withLinker(Linker linker) {
        this.extraLinker = linker;
        return this;
    }

    public Linker extraLinker() { return extraLinker; }

    /** Extracts and merges, without writing anything. */
    public Result extract(Path input, long maxFileBytes, Consumer<String> log) {
        CorpusReader reader = new CorpusReader(input, maxFileBytes, log);
        List<CorpusEntry> entries = reader.list();
        Pipeline pipeline = new Pipeline(Stages.standard(resources));
        CorpusMerger merger = new CorpusMerger(resources.gazetteer());
        long chars = 0;
        long t0 = System.nanoTime();
        try (ProgressBar pb = entries.size() >= PROGRESS_FROM ? new ProgressBarBuilder().setTaskName("documents")
                .setInitialMax(entries.size()).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build() : null) {
            for (CorpusEntry e : entries) {
                SourceDoc doc = reader.read(e);
                chars += doc.text().length();
                merger.process(pipeline.process(doc));
                if (pb != null) pb.step();
            }
        }
        long t1 = System.nanoTime();
        KnowledgeGraph kg = merger.close();
        long t2 = System.nanoTime();
        kg = new OfflineLinker(resources.gazetteer()).link(kg);
        if (extraLinker != null) kg = extraLinker.link(kg);
        long t3 = System.nanoTime();
        Map<String, Long> nanos = new java.util.LinkedHashMap<>(pipeline.timings());
        nanos.put("merge", t2 - t1);
        nanos.put("link", t3 - t2);
        return new Result(kg, nanos, chars, t0);
    }

    /** The whole build into {@code outDir} (swapped in atomically at the end). */
    public BuildSummary build(Path input, Path outDir, long maxFileBytes, Consumer<String> log) {
        Result r = extract(input, maxFileBytes, log);
        KnowledgeGraph kg = r.kg();
        long t0 = System.nanoTime();
        RdfConverter converter = new RdfConverter(base);
        long triples;
        long t1;
        try (QuadCollector quads = new QuadCollector()) {
            converter.convert(kg, quads);
            t1 = System.nanoTime();
            Map<String, String> iris = new HashMap<>();
            for (Entity e : kg.entities()) iris.put(e.id(), converter.entityNode(e.id()).getURI());
            final KnowledgeGraph graph = kg;
            triples = new DumpWriter().write(outDir, quads, n -> new VoidDescription().describe(graph, base, publicUrl, n), kg, iris);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dumps to " + outDir + ": " + e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        Map<String, Long> nanos = new java.util.LinkedHashMap<>(r.stageNanos());
        nanos.put("rdf", t1 - t0);
        nanos.put("dumps", t2 - t1);
        Map<String, Integer> byType = new TreeMap<>();
        for (Entity e : kg.entities()) byType.merge(e.type().label(), 1, Integer::sum);
        int links = (int) kg.links().values().stream().filter(WikidataLink::certain).count();
        return new BuildSummary(kg.documents().size(), byType, kg.events().size(), kg.statements().size(),
                kg.roles().size(), links, triples, (System.nanoTime() - r.startNanos()) / 1e9, nanos, r.characters());
    }

    public record Result(KnowledgeGraph kg, Map<String, Long> stageNanos, long characters, long startNanos) {}
}
