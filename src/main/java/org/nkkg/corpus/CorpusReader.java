package org.nkkg.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nkkg.model.Lang;
import org.nkkg.model.SourceDoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Lists and reads the documents of an input directory: from {@code manifest.json} when there is one, else every
 * {@code *.txt} file in name order. Listing is cheap; {@link #read} loads one document at a time so a large corpus
 * is never held whole.
 */
public final class CorpusReader {
    public static final String MANIFEST = "manifest.json";
    /** Larger files are refused: the limit keeps one document's layers well inside the heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Path dir;
    private final long maxBytes;
    private final Consumer<String> log;
    private final LanguageDetector detector = new LanguageDetector();

    public CorpusReader(Path dir, long maxBytes, Consumer<String> log) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.log = log;
    }

    public List<CorpusEntry> list() {
        if (!Files.isDirectory(dir)) throw new CorpusException(dir + ": not a directory");
        Path manifest = dir.resolve(MANIFEST);
        List<CorpusEntry> entries = Files.isRegularFile(manifest) ? fromManifest(manifest) : fromDirectory();
        if (entries.isEmpty()) throw new CorpusException(dir + ": no .txt documents in this directory");
        Set<String> ids = new HashSet<>();
        for (CorpusEntry e : entries) {
            if (!ids.add(e.id())) throw new CorpusException(dir + ": two documents have the id '" + e.id() + "'");
        }
        return entries;
    }

    public SourceDoc read(CorpusEntry e) {
        byte[] bytes;
        try {
            long size = Files.size(e.path());
            if (size > maxBytes) {
                throw new CorpusException(e.file() + ": " + (size >> 20) + " MiB is over the limit of "
                        + (maxBytes >> 20) + " MiB per document (split it, or raise --max-file-mb)");
            }
            bytes = Files.readAllBytes(e.path());
        } catch (IOException ex) {
            throw new CorpusException(e.file() + ": cannot be read: " + ex.getMessage(), ex);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(e.file(), bytes);
        if (!decoded.charset().equals("UTF-8")) log.accept(e.file() + ": decoded as " + decoded.charset());
        String text = decoded.text();
        if (text.isBlank()) throw new CorpusException(e.file() + ": the file holds only white space");
        Lang lang = e.lang();
        if (lang == null) {
            LanguageDetector.Decision d = detector.detect(text);
            lang = d.lang();
            log.accept(e.file() + ": detected " + d.explain());
        }
        String title = e.title() != null ? e.title() : firstLine(text);
        return new SourceDoc(e.id(), e.file(), lang, title, e.kind(), e.publisher(), e.url(), e.originalTitle(),
                e.published(), e.retrieved(), e.licence(), text);
    }

    private List<CorpusEntry> fromDirectory() {
        List<CorpusEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted().toList()) {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.length() - 4);
                checkId(id, name);
                out.add(new CorpusEntry(id, p, name, null, null, SourceDoc.KIND_UNKNOWN, null, null, null,
                        null, null, null));
            }
        } catch (IOException ex) {
            throw new CorpusException(dir + ": cannot be listed: " + ex.getMessage(), ex);
        }
        return out;
    }

    private List<CorpusEntry> fromManifest(Path manifest) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException ex) {
            throw new CorpusException(manifest + ": not valid JSON: " + ex.getMessage(), ex);
        }
        JsonNode docs = root.path("documents");
        if (!docs.isArray()) throw new CorpusException(manifest + ": expected {\"documents\": [...]}");
        List<CorpusEntry> out = new ArrayList<>();
        for (JsonNode d : docs) {
            String file = required(d, "file", manifest);
            String id = d.hasNonNull("id") ? d.get("id").asText() : file.replaceFirst("\\.txt$", "");
            checkId(id, file);
            Path path = dir.resolve(file).normalize();
            if (!path.startsWith(dir.normalize())) throw new CorpusException(manifest + ": '" + file + "' is outside the corpus directory");
            if (!Files.isRegularFile(path)) throw new CorpusException(manifest + ": listed file '" + file + "' does not exist");
            Lang lang = d.hasNonNull("language") ? Lang.fromTag(d.get("language").asText()) : null;
            out.add(new CorpusEntry(id, path, file, lang, text(d, "title"),
                    d.hasNonNull("kind") ? d.get("kind").asText() : "unknown", text(d, "publisher"), text(d, "url"),
                    text(d, "originalTitle"), date(d, "published", manifest), date(d, "retrieved", manifest),
                    text(d, "licence")));
        }
        return out;
    }

    private static void checkId(String id, String file) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new CorpusException(file + ": document id '" + id + "' may hold only letters, digits, '.', '_' and '-'"
                    + " (it becomes part of IRIs)");
        }
    }

    private static String required(JsonNode d, String field, Path manifest) {
        if (!d.hasNonNull(field)) throw new CorpusException(manifest + ": a document has no '" + field + "'");
        return d.get(field).asText();
    }

    private static String text(JsonNode d, String field) { return d.hasNonNull(field) ? d.get(field).asText() : null; }

    private static LocalDate date(JsonNode d, String field, Path manifest) {
        if (!d.hasNonNull(field)) return null;
        try {
            return LocalDate.parse(d.get(field).asText());
        } catch (DateTimeParseException ex) {
            throw new CorpusException(manifest + ": '" + field + "' must be YYYY-MM-DD, got " + d.get(field));
        }
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) return t.length() > 200 ? t.substring(0, 200) : t;
        }
        return "";
    }
}
