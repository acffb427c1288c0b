package org.nkkg.dump;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.nkkg.model.Entity;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.WikidataLink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the dumps of one build into a fresh directory beside the output directory and, only when all are
 * complete, swaps it into place: a failed build leaves the previous output as it was.
 * Files: nkkg.ttl (union graph), nkkg.trig (named graphs), nkkg.nq.gz, void.ttl, links.csv.
 */
public final class DumpWriter {
    public static final String TTL = "nkkg.ttl", TRIG = "nkkg.trig", NQ_GZ = "nkkg.nq.gz", VOID = "void.ttl", LINKS = "links.csv";

    /**
     * Writes all dumps; returns the number of distinct triples of the union graph. The VoID description is made
     * once that number is known.
     */
    public long write(Path outDir, QuadCollector quads, LongFunction<QuadCollector> voidDescription, KnowledgeGraph kg,
                      Map<String, String> entityIris) throws IOException {
        Path parent = outDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + outDir.getFileName() + ".tmp-");
        try {
            // a temporary directory is private; the dumps are meant to be read and served
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // other file systems keep their default permissions
        }
        try {
            // sorted lines go to disk first, then stream into the block writers: nothing holds the whole graph
            Path nq = tmp.resolve(NQ_GZ), nt = tmp.resolve(".union.nt");
            try (Writer w = gzipWriter(nq)) {
                quads.forEachQuad(l -> line(w, l));
            }
            long triples;
            try (Writer w = Files.newBufferedWriter(nt, StandardCharsets.UTF_8)) {
                triples = quads.forEachTriple(l -> line(w, l));
            }
            writeBlocks(tmp.resolve(TRIG), nq, Lang.NQUADS, RDFFormat.TRIG_BLOCKS, quads.prefixes());
            writeBlocks(tmp.resolve(TTL), nt, Lang.NTRIPLES, RDFFormat.TURTLE_BLOCKS, quads.prefixes());
            Files.delete(nt);
            try (QuadCollector v = voidDescription.apply(triples)) {
                Path vnt = tmp.resolve(".void.nt");
                try (Writer w = Files.newBufferedWriter(vnt, StandardCharsets.UTF_8)) {
                    v.forEachTriple(l -> line(w, l));
                }
                writeBlocks(tmp.resolve(VOID), vnt, Lang.NTRIPLES, RDFFormat.TURTLE_BLOCKS, v.prefixes());
                Files.delete(vnt);
            }
            writeLinks(tmp.resolve(LINKS), kg, entityIris);
            swap(tmp, outDir);
            return triples;
        } finally {
            deleteTree(tmp);
        }
    }

    private static Writer gzipWriter(Path p) throws IOException {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16),
                StandardCharsets.UTF_8));
    }

    private static void line(Writer w, String l) {
        try {
            w.write(l);
            w.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeBlocks(Path file, Path sortedLines, Lang in, RDFFormat format, Map<String, String> prefixes) throws IOException {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             java.io.InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(sortedLines), 1 << 16);
             java.io.InputStream lines = sortedLines.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw) {
            StreamRDF w = StreamRDFWriter.getWriterStream(o, format);
            w.start();
            prefixes.forEach(w::prefix);
            // the parser's own start/finish/prefix events are not passed on: the writer has its own
            RDFParser.create().source(lines).lang(in).parse(new org.apache.jena.riot.system.StreamRDFWrapper(w) {
                @Override public void start() {}

                @Override public void finish() {}

                @Override public void base(String base) {}

                @Override public void prefix(String prefix, String iri) {}
            });
            w.finish();
        }
    }

    /** The review report: every entity with its link decision, linked or not. */
    private static void writeLinks(Path file, KnowledgeGraph kg, Map<String, String> entityIris) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord("entity", "type", "label_en", "label_zh_hans", "label_zh_hant", "qid", "score", "certain",
                    "method", "runner_up", "runner_up_score", "mentions");
            for (Entity e : kg.entities().stream().sorted(Comparator.comparing(Entity::id)).toList()) {
                WikidataLink l = kg.links().get(e.id());
                p.printRecord(entityIris.get(e.id()), e.type().label(), e.labels().getOrDefault("en", ""),
                        e.labels().getOrDefault("zh-Hans", ""), e.labels().getOrDefault("zh-Hant", ""),
                        l == null || l.qid() == null ? "" : l.qid(), l == null ? "" : String.format("%.2f", l.score()),
                        l != null && l.certain(), l == null ? "" : l.method(),
                        l == null || l.runnerUp() == null ? "" : l.runnerUp(),
                        l == null || l.runnerUp() == null ? "" : String.format("%.2f", l.runnerUpScore()), e.mentions().size());
            }
        }
    }

    /** Moves the complete new directory into place; the old one is removed only after the new one is there. */
    private static void swap(Path tmp, Path outDir) throws IOException {
        Path old = null;
        if (Files.exists(outDir)) {
            old = outDir.resolveSibling("." + outDir.getFileName() + ".old-" + System.nanoTime());
            Files.move(outDir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, outDir, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
