package org.nkkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nkkg.corpus.CorpusEntry;
import org.nkkg.corpus.CorpusReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/**
 * A larger corpus made from a seed corpus, for scaling runs: copy {@code k} (0 ≤ k &lt; factor) of every seed document
 * has the id {@code <id>} for k = 0 and {@code <id>-s<k>} after, the same text, and its published and retrieved dates
 * shifted by k years. Copy 0 is the seed corpus itself, so factor 1 reproduces it. Deterministic: the same seeds and
 * factor give the same files.
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {}

    public record Made(Path dir, int documents, long bytes) {}

    /** The id of copy {@code k} of a seed document. */
    public static String copyId(String seedId, int k) {
        return k == 0 ? seedId : seedId + "-s" + k;
    }

    static LocalDate shift(LocalDate d, int k) { return d == null ? null : d.plusYears(k); }

    /** Writes {@code factor} copies of the corpus in {@code seeds} into the empty or new directory {@code out}. */
    public static Made generate(Path seeds, int factor, Path out) {
        if (factor < 1) throw new IllegalArgumentException("factor must be at least 1: " + factor);
        List<CorpusEntry> entries = new CorpusReader(seeds, CorpusReader.DEFAULT_MAX_BYTES, m -> {}).list();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        long bytes = 0;
        try {
            Files.createDirectories(out);
            for (int k = 0; k < factor; k++) {
                for (CorpusEntry e : entries) {
                    String id = copyId(e.id(), k);
                    String file = id + ".txt";
                    Files.copy(e.path(), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    bytes += Files.size(e.path());
                    ObjectNode d = docs.addObject();
                    d.put("id", id);
                    d.put("file", file);
                    if (e.lang() != null) d.put("language", e.lang().tag());
                    if (e.title() != null) d.put("title", e.title());
                    d.put("kind", e.kind());
                    d.put("publisher", e.publisher());
                    d.put("originalTitle", e.originalTitle());
                    d.put("url", e.url());
                    LocalDate p = shift(e.published(), k), r = shift(e.retrieved(), k);
                    d.put("published", p == null ? null : p.toString());
                    d.put("retrieved", r == null ? null : r.toString());
                    d.put("licence", e.licence());
                }
            }
            json.writeValue(out.resolve(CorpusReader.MANIFEST).toFile(), root);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the synthetic corpus to " + out + ": " + ex.getMessage(), ex);
        }
        return new Made(out, entries.size() * factor, bytes);
    }
}
