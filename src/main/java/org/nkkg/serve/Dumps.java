package org.nkkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The downloadable files: the dumps written by the build ({@code nkkg.ttl}, {@code nkkg.trig}, {@code void.ttl})
 * and variants derived from them on demand (gzip copies, N-Triples and N-Quads dumps). Only the names listed
 * here are ever served; a request can never name another file.
 * <p>
 * Derived files are written next to the dumps (or into a private cache directory when the dumps directory is
 * not writable), through a temporary file and an atomic rename, and rebuilt when their source changes.
 */
final class Dumps {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);

    enum Kind { SOURCE, GZIP_OF_SOURCE, NTRIPLES_GZ, NQUADS_GZ }

    /** A servable file: its name, media type, and how it is obtained. */
    record Entry(String name, String mediaType, Kind kind, String source, String description) {}

    static final Map<String, Entry> ENTRIES;
    static {
        Map<String, Entry> m = new LinkedHashMap<>();
        add(m, new Entry("nkkg.ttl", "text/turtle; charset=utf-8", Kind.SOURCE, null, "Turtle: the merged graph"));
        add(m, new Entry("nkkg.trig", "application/trig", Kind.SOURCE, null, "TriG: one named graph per document plus the corpus graph"));
        add(m, new Entry("nkkg.nt.gz", "application/gzip", Kind.NTRIPLES_GZ, "nkkg.ttl", "N-Triples, gzip-compressed"));
        add(m, new Entry("nkkg.nq.gz", "application/gzip", Kind.NQUADS_GZ, "nkkg.trig", "N-Quads, gzip-compressed"));
        add(m, new Entry("nkkg.ttl.gz", "application/gzip", Kind.GZIP_OF_SOURCE, "nkkg.ttl", "Turtle, gzip-compressed"));
        add(m, new Entry("nkkg.trig.gz", "application/gzip", Kind.GZIP_OF_SOURCE, "nkkg.trig", "TriG, gzip-compressed"));
        add(m, new Entry("void.ttl", "text/turtle; charset=utf-8", Kind.SOURCE, null, "VoID/DCAT description"));
        add(m, new Entry("void.ttl.gz", "application/gzip", Kind.GZIP_OF_SOURCE, "void.ttl", null));
        ENTRIES = Map.copyOf(m);
        ORDER = List.copyOf(m.keySet());
    }
    /** Names in display order. */
    static final List<String> ORDER;

    private static void add(Map<String, Entry> m, Entry e) {
        m.put(e.name(), e);
    }

    private final Path dir;
    private volatile Path cacheDir;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Dumps(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** Create any missing or stale derived file (at start-up, so that first downloads are fast). */
    void prepareAll() {
        for ( String name : ORDER ) {
            try {
                resolve(name);
            } catch (RuntimeException ex) {
                LOG.warn("Could not prepare download {}: {}", name, ex.getMessage());
            }
        }
    }

    /**
     * The file to send for a listed name, building a derived file if needed; null if the name is not listed or
     * its source is absent.
     */
    Path resolve(String name) {
        Entry e = ENTRIES.get(name);
        if ( e == null )
            return null;
        if ( e.kind() == Kind.SOURCE ) {
            Path p = dir.resolve(e.name());
            return Files.isRegularFile(p) ? p : null;
        }
        Path src = dir.resolve(e.source());
        if ( !Files.isRegularFile(src) )
            return null;
        // A file of that name written by the build itself is used if it is up to date.
        Path own = dir.resolve(e.name());
        if ( fresh(own, src) )
            return own;
        synchronized (locks.computeIfAbsent(name, k -> new Object())) {
            Path target = targetDir().resolve(e.name());
            if ( fresh(target, src) )
                return target;
            try {
                derive(e, src, target);
                return target;
            } catch (IOException | RuntimeException ex) {
                LOG.warn("Could not build {} from {}: {}", name, src, ex.getMessage());
                return null;
            }
        }
    }

    /** The gzip variant of a source file, if one can be had (for Content-Encoding: gzip). */
    Path gzipVariant(String name) {
        Entry gz = ENTRIES.get(name + ".gz");
        if ( gz == null || gz.kind() != Kind.GZIP_OF_SOURCE )
            return null;
        return resolve(gz.name());
    }

    private static boolean fresh(Path target, Path src) {
        try {
            return Files.isRegularFile(target)
                   && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(src)) >= 0;
        } catch (IOException ex) {
            return false;
        }
    }

    private Path targetDir() {
        Path c = cacheDir;
        if ( c != null )
            return c;
        synchronized (this) {
            if ( cacheDir == null ) {
                if ( Files.isWritable(dir) )
                    cacheDir = dir;
                else {
                    try {
                        cacheDir = Files.createTempDirectory("nkkg-downloads");
                        cacheDir.toFile().deleteOnExit();
                    } catch (IOException ex) {
                        throw new IllegalStateException("No place for derived downloads: " + ex.getMessage(), ex);
                    }
                }
            }
            return cacheDir;
        }
    }

    private static void derive(Entry e, Path src, Path target) throws IOException {
        long t0 = System.nanoTime();
        Path tmp = Files.createTempFile(target.getParent(), "." + e.name(), ".tmp");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                switch (e.kind()) {
                    case GZIP_OF_SOURCE -> {
                        try (InputStream in = Files.newInputStream(src)) {
                            in.transferTo(out);
                        }
                    }
                    case NTRIPLES_GZ -> convert(src, Lang.TURTLE, out, Lang.NTRIPLES);
                    case NQUADS_GZ -> convert(src, Lang.TRIG, out, Lang.NQUADS);
                    default -> throw new IllegalStateException();
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("Prepared download {} ({} ms)", target, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void convert(Path src, Lang in, OutputStream out, Lang outLang) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, outLang);
        writer.start();
        RDFParser.source(src).lang(in).parse(new org.apache.jena.riot.system.StreamRDFWrapper(writer) {
            @Override
            public void start() {}

            @Override
            public void finish() {}
        });
        writer.finish();
    }
}
