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
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the dumps of one build into a fresh directory beside the output directory and, only when all are
 * complete, swaps it into place: a failed build leaves the previous output as it was.
 * Files: nkkg.ttl (union graph), nkkg.trig (named graphs), nkkg.nq.gz, void.ttl, links.csv.
 */
public final class DumpWriter {
    public static final String TTL = "nkkg.ttl", TRIG = "nkkg.trig", NQ_GZ = "nkkg.nq.gz", VOID = "void.ttl", LINKS = "links.csv";

    /** Writes all dumps; returns the number of distinct triples of the union graph. */
    public long write(Path outDir, QuadCollector quads, QuadCollector voidDescription, KnowledgeGraph kg,
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
            List<String> sortedQuads = quads.sortedQuads();
            List<String> triples = quads.sortedTriples();
            writeBlocks(tmp.resolve(TRIG), String.join("\n", sortedQuads), Lang.NQUADS, RDFFormat.TRIG_BLOCKS, quads.prefixes());
            writeBlocks(tmp.resolve(TTL), String.join("\n", triples), Lang.NTRIPLES, RDFFormat.TURTLE_BLOCKS, quads.prefixes());
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp.resolve(NQ_GZ)))) {
                for (String l : sortedQuads) o.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            writeBlocks(tmp.resolve(VOID), String.join("\n", voidDescription.sortedTriples()), Lang.NTRIPLES,
                    RDFFormat.TURTLE_BLOCKS, voidDescription.prefixes());
            writeLinks(tmp.resolve(LINKS), kg, entityIris);
            swap(tmp, outDir);
            return triples.size();
        } finally {
            deleteTree(tmp);
        }
    }

    private static void writeBlocks(Path file, String ntOrNq, Lang in, RDFFormat format, Map<String, String> prefixes) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(o, format);
            w.start();
            prefixes.forEach(w::prefix);
            RDFParser.create().source(new StringReader(ntOrNq)).lang(in).parse(new org.apache.jena.riot.system.StreamRDFWrapper(w) {
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
