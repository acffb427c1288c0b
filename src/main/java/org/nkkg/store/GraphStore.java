package org.nkkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent TDB2 databases under a data directory, one of which is "current".
 * <p>
 * Layout of the data directory:
 * <pre>
 *   CURRENT                  name of the current database directory (replaced atomically)
 *   db-20250101T120000Z-1a2b  one complete TDB2 database (plus nkkg-load.properties)
 *   .lock                    held while a GraphStore has the directory open
 * </pre>
 * {@link #load(Path)} builds a new database in a fresh sub-directory. Only when it is complete (parsed,
 * committed, counted) is {@code CURRENT} replaced (write to a temporary file, fsync, atomic rename) and
 * the live dataset switched to it. Transactions that started before the switch keep reading the old
 * database; it is closed and deleted when the last of them ends. A load that fails for any reason
 * leaves both the pointer and the served graph untouched. After a restart {@link #open(Path)} serves the
 * database named by {@code CURRENT}, i.e. the last one that loaded completely, and removes leftovers of
 * interrupted loads.
 * <p>
 * The dataset has a union default graph: queries that do not name a graph see every named graph. Triples
 * that arrive in the default graph (Turtle/N-Triples input, default-graph part of TriG, SPARQL Update
 * without GRAPH) are stored in the named graph {@link #DEFAULT_GRAPH} so that they are part of the union.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    /** Named graph that holds triples given without a graph name. */
    public static final Node DEFAULT_GRAPH = NodeFactory.createURI("urn:x-nkkg:graph:default");

    static final String CURRENT_FILE = "CURRENT";
    static final String LOCK_FILE = ".lock";
    static final String META_FILE = "nkkg-load.properties";
    static final String DB_PREFIX = "db-";
    private static final Pattern DB_NAME = Pattern.compile("db-[0-9A-Za-z-]{1,64}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final LiveDatasetGraph live;
    private final Object loadLock = new Object();
    private volatile boolean closed = false;

    private GraphStore(Path dataDir, FileChannel lockChannel, FileLock lock, LiveDatasetGraph.Generation initial) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        Context cxt = new Context();
        // Queries without GRAPH see all graphs. The dataset's own default graph view implements this;
        // the symbol is also set for any TDB2 machinery that consults it.
        cxt.set(TDB2.symUnionDefaultGraph, true);
        this.live = new LiveDatasetGraph(initial, cxt);
    }

    /**
     * Open (creating if needed) the data directory and reopen the last database that loaded completely,
     * if there is one. Only one GraphStore may have a data directory open at a time.
     */
    public static GraphStore open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException ex) {
                lock = null;
            }
            if ( lock == null )
                throw new StoreException("Data directory is in use by another store: " + dir);

            String currentName = readCurrent(dir);
            LiveDatasetGraph.Generation initial = null;
            if ( currentName != null ) {
                Path db = dir.resolve(currentName);
                if ( !Files.isDirectory(db) )
                    throw new StoreException("The current database named in " + dir.resolve(CURRENT_FILE) + " is missing: " + db);
                initial = openGeneration(db);
                LOG.info("Opened {} ({} quads, loaded {})", db, initial.quads, initial.loadedAt);
            }
            removeLeftovers(dir, currentName);
            if ( initial == null )
                initial = emptyGeneration();
            return new GraphStore(dir, channel, lock, initial);
        } catch (IOException ex) {
            closeQuietly(lock, channel);
            throw new StoreException("Cannot open data directory " + dir + ": " + ex.getMessage(), ex);
        } catch (RuntimeException ex) {
            closeQuietly(lock, channel);
            throw ex;
        }
    }

    /** True when no database has been loaded yet (the served dataset is empty). */
    public boolean isEmpty() {
        return live.currentGeneration().location == null;
    }

    /** Number of quads in the current database (as counted when it was loaded). */
    public long quadCount() {
        return live.currentGeneration().quads;
    }

    /** When the current database was loaded; null if nothing is loaded. */
    public Instant loadedAt() {
        return live.currentGeneration().loadedAt;
    }

    /** Directory of the current database; null if nothing is loaded. */
    public Path location() {
        return live.currentGeneration().location;
    }

    /** The data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The dataset to serve. It is the same object for the lifetime of the store; its content changes
     * atomically on {@link #load(Path)}. Access must be transactional (e.g. {@code Txn.executeRead}).
     */
    public DatasetGraph dataset() {
        return live;
    }

    /**
     * Build a new database from a dump (TriG or N-Quads; Turtle and N-Triples are accepted too; a
     * {@code .gz} suffix is decompressed) and make it current. On failure the previous database stays
     * current and served, and a {@link StoreException} is thrown.
     */
    public LoadReport load(Path trigOrNquadsFile) {
        synchronized (loadLock) {
            checkOpen();
            long start = System.nanoTime();
            Path file = trigOrNquadsFile.toAbsolutePath();
            if ( !Files.isRegularFile(file) || !Files.isReadable(file) )
                throw new StoreException("Not a readable file: " + file);
            Lang lang = langOf(file);
            if ( lang == null )
                throw new StoreException("Unrecognized RDF syntax (expected .trig, .nq, .ttl or .nt, optionally .gz): " + file);

            Path db = null;
            DatasetGraph dsg = null;
            boolean switched = false;
            try {
                db = newDatabaseDir();
                dsg = DatabaseMgr.connectDatasetGraph(Location.create(db.toString()));
                DatasetGraph target = dsg;
                try (InputStream in = org.apache.jena.atlas.io.IO.openFileEx(file.toString())) {
                    // openFileEx decompresses .gz/.bz2/.xz by file extension.
                    Txn.executeWrite(target, () -> RDFParser.source(in).lang(lang).base(file.toUri().toString()).parse(sink(target)));
                }
                long quads = Txn.calculateRead(target, () -> Iter.count(target.find()));
                if ( quads == 0 )
                    throw new StoreException("No data in " + file + " (refusing to replace the served graph with an empty one)");
                Instant loadedAt = Instant.now();
                writeMeta(db, quads, loadedAt, file);

                // The new database is complete: publish it.
                writeCurrent(dataDir, db.getFileName().toString());
                switched = true;
                LiveDatasetGraph.Generation next = new LiveDatasetGraph.Generation(dsg, db, quads, loadedAt, GraphStore::closeGeneration);
                LiveDatasetGraph.Generation previous = live.swap(next);
                previous.deleteOnClose = true;
                previous.retire();
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                LOG.info("Loaded {} quads from {} into {} in {} ms", quads, file, db, millis);
                return new LoadReport(quads, millis, db);
            } catch (RuntimeException | IOException | Error ex) {
                if ( !switched ) {
                    discard(dsg, db);
                    if ( ex instanceof StoreException se )
                        throw se;
                    throw new StoreException("Load of " + file + " failed, the previous graph is still served: " + ex.getMessage(), ex);
                }
                if ( ex instanceof RuntimeException re )
                    throw re;
                if ( ex instanceof Error err )
                    throw err;
                throw new UncheckedIOException((IOException)ex);
            }
        }
    }

    /**
     * Close the store: waits briefly for in-flight transactions, then releases the database files and the
     * directory lock. The current database stays on disk and is reopened by the next {@link #open(Path)}.
     */
    @Override
    public void close() {
        synchronized (loadLock) {
            if ( closed )
                return;
            closed = true;
            LiveDatasetGraph.Generation g = live.currentGeneration();
            g.retire();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ( !g.isClosed() && System.nanoTime() < deadline ) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if ( !g.isClosed() ) {
                LOG.warn("Closing the store with {} transaction(s) still in flight", g.inFlight());
                g.closeOnce();
            }
            closeQuietly(lock, lockChannel);
        }
    }

    // ---- Internals

    private void checkOpen() {
        if ( closed )
            throw new StoreException("Store is closed");
    }

    /** Stream that writes into {@code dsg}, moving default-graph triples into {@link #DEFAULT_GRAPH}. */
    private static StreamRDF sink(DatasetGraph dsg) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                dsg.add(DEFAULT_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }

            @Override
            public void quad(Quad q) {
                Node g = q.getGraph();
                if ( g == null || Quad.isDefaultGraph(g) )
                    g = DEFAULT_GRAPH;
                dsg.add(g, q.getSubject(), q.getPredicate(), q.getObject());
            }

            @Override
            public void prefix(String prefix, String iri) {
                dsg.prefixes().add(prefix, iri);
            }
        };
    }

    static Lang langOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for ( String ext : new String[] {".gz", ".bz2", ".xz"} ) {
            if ( name.endsWith(ext) ) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        if ( lang == null )
            return null;
        if ( RDFLanguages.isQuads(lang) || RDFLanguages.isTriples(lang) )
            return lang;
        return null;
    }

    private Path newDatabaseDir() throws IOException {
        for ( int i = 0; i < 100; i++ ) {
            String name = DB_PREFIX + STAMP.format(Instant.now()) + "-" + String.format(Locale.ROOT, "%04x", RANDOM.nextInt(0x10000));
            Path p = dataDir.resolve(name);
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException ex) {
                // try another name
            }
        }
        throw new IOException("Cannot create a new database directory in " + dataDir);
    }

    private static String readCurrent(Path dir) throws IOException {
        Path f = dir.resolve(CURRENT_FILE);
        if ( !Files.exists(f) )
            return null;
        String name = Files.readString(f, StandardCharsets.UTF_8).trim();
        if ( name.isEmpty() )
            return null;
        if ( !DB_NAME.matcher(name).matches() )
            throw new StoreException("Unexpected content in " + f + ": " + name);
        return name;
    }

    /** Replace the CURRENT pointer atomically: write a temporary file, force it, rename over the old one. */
    private static void writeCurrent(Path dir, String name) throws IOException {
        Path tmp = dir.resolve(CURRENT_FILE + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                               StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap((name + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(CURRENT_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            throw new IOException("The file system of " + dir + " does not support atomic renames", ex);
        }
        forceDirectory(dir);
    }

    private static void forceDirectory(Path dir) {
        // Make the rename durable (POSIX); not possible on every platform, hence best effort.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ex) {
            // ignore
        }
    }

    private static void writeMeta(Path db, long quads, Instant loadedAt, Path source) throws IOException {
        Properties p = new Properties();
        p.setProperty("quads", Long.toString(quads));
        p.setProperty("loadedAt", loadedAt.toString());
        p.setProperty("source", source.toString());
        try (OutputStream out = Files.newOutputStream(db.resolve(META_FILE))) {
            p.store(out, "NKKG database");
        }
    }

    private static LiveDatasetGraph.Generation openGeneration(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db.toString()));
        long quads = -1;
        Instant loadedAt = null;
        Path meta = db.resolve(META_FILE);
        if ( Files.exists(meta) ) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(in);
                quads = Long.parseLong(p.getProperty("quads", "-1"));
                loadedAt = Instant.parse(p.getProperty("loadedAt"));
            } catch (IOException | RuntimeException ex) {
                LOG.warn("Unreadable {}: {}", meta, ex.getMessage());
            }
        }
        if ( quads < 0 )
            quads = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
        if ( loadedAt == null ) {
            try {
                loadedAt = Files.getLastModifiedTime(db).toInstant();
            } catch (IOException ex) {
                loadedAt = Instant.now();
            }
        }
        return new LiveDatasetGraph.Generation(dsg, db, quads, loadedAt, GraphStore::closeGeneration);
    }

    private static LiveDatasetGraph.Generation emptyGeneration() {
        return new LiveDatasetGraph.Generation(DatabaseMgr.createDatasetGraph(), null, 0, null, GraphStore::closeGeneration);
    }

    /** Release a generation's database; delete its files if it was replaced. */
    private static void closeGeneration(LiveDatasetGraph.Generation g) {
        try {
            TDBInternal.expel(g.dsg);
        } catch (RuntimeException ex) {
            LOG.warn("Problem releasing database {}: {}", g.location, ex.getMessage());
        }
        if ( g.deleteOnClose && g.location != null ) {
            try {
                deleteRecursively(g.location);
                LOG.info("Deleted replaced database {}", g.location);
            } catch (IOException ex) {
                LOG.warn("Could not delete replaced database {} (removed at next open): {}", g.location, ex.getMessage());
            }
        }
    }

    private static void discard(DatasetGraph dsg, Path db) {
        if ( dsg != null ) {
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException ex) {
                LOG.warn("Problem releasing failed database {}: {}", db, ex.getMessage());
            }
        }
        if ( db != null ) {
            try {
                deleteRecursively(db);
            } catch (IOException ex) {
                LOG.warn("Could not delete failed database {} (removed at next open): {}", db, ex.getMessage());
            }
        }
    }

    /** Remove databases other than the current one (interrupted loads, replaced ones not yet deleted). */
    private static void removeLeftovers(Path dir, String currentName) throws IOException {
        Files.deleteIfExists(dir.resolve(CURRENT_FILE + ".tmp"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, DB_PREFIX + "*")) {
            for ( Path p : ds ) {
                String n = p.getFileName().toString();
                if ( n.equals(currentName) || !DB_NAME.matcher(n).matches() || !Files.isDirectory(p) )
                    continue;
                try {
                    deleteRecursively(p);
                    LOG.info("Removed stale database {}", p);
                } catch (IOException ex) {
                    LOG.warn("Could not remove stale database {}: {}", p, ex.getMessage());
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if ( !Files.exists(root) )
            return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if ( exc != null )
                    throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void closeQuietly(FileLock lock, FileChannel channel) {
        try {
            if ( lock != null && lock.isValid() )
                lock.release();
        } catch (IOException ex) {
            // ignore
        }
        try {
            if ( channel != null )
                channel.close();
        } catch (IOException ex) {
            // ignore
        }
    }
}
