package org.nkkg.bench;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.nkkg.store.GraphStore;
import org.nkkg.store.LoadReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loading a TriG dump into a fresh TDB2 database: {@link GraphStore#load} (parse in one write transaction, count,
 * publish) against Jena's own TDB2 bulk loaders on the same file — the phased loader ({@code tdb2.tdbloader}'s
 * default) and the parallel loader. Each timing covers creating the database through the committed load.
 */
public final class StoreBench {
    public static final String NKKG = "GraphStore.load", PHASED = "Jena bulk loader (phased, default)", PARALLEL = "Jena bulk loader (parallel)";

    public record LoaderFigure(String loader, List<Double> seconds, double medianSeconds, double quadsPerSecond) {}

    /**
     * {@code ratioToPhased}/{@code ratioToParallel}: GraphStore.load's rate over the Jena loader's, the median of the
     * ratios within each run (the loads of one run follow each other, so other load on the machine weighs on all of
     * them alike). {@code countSeconds}: of GraphStore.load's time, the full scan that counts the quads after the
     * commit (median).
     */
    public record Dump(String name, long bytes, long quads, List<LoaderFigure> loaders, double ratioToPhased,
                       double ratioToParallel, double countSeconds) {}

    public record Result(int runs, List<Dump> dumps) {}

    private final Path work;
    private final Consumer<String> log;

    public StoreBench(Path work, Consumer<String> log) {
        this.work = work;
        this.log = log;
    }

    public Result run(Map<String, Path> dumps, int runs) {
        // warm-up: one load of each kind on the first dump, not counted
        Path first = dumps.values().iterator().next();
        log.accept("store: warm-up");
        for (String l : List.of(NKKG, PHASED, PARALLEL)) once(l, first);
        List<Dump> out = new ArrayList<>();
        for (Map.Entry<String, Path> d : dumps.entrySet()) {
            Map<String, List<Double>> secs = new LinkedHashMap<>();
            List<Double> counts = new ArrayList<>();
            long quads = -1;
            for (int r = 1; r <= runs; r++) {
                log.accept("store: " + d.getKey() + " run " + r + "/" + runs);
                for (String l : List.of(NKKG, PHASED, PARALLEL)) {
                    double[] t = once(l, d.getValue());
                    secs.computeIfAbsent(l, k -> new ArrayList<>()).add(t[0]);
                    if (l.equals(NKKG)) { quads = (long) t[1]; counts.add(t[2]); }
                }
            }
            List<LoaderFigure> figures = new ArrayList<>();
            for (Map.Entry<String, List<Double>> e : secs.entrySet()) {
                double m = Stats.median(e.getValue());
                figures.add(new LoaderFigure(e.getKey(), e.getValue(), m, quads / m));
            }
            long bytes;
            try {
                bytes = Files.size(d.getValue());
            } catch (IOException e) {
                bytes = -1;
            }
            out.add(new Dump(d.getKey(), bytes, quads, figures, pairedRatio(secs.get(PHASED), secs.get(NKKG)),
                    pairedRatio(secs.get(PARALLEL), secs.get(NKKG)), Stats.median(counts)));
        }
        return new Result(runs, out);
    }

    /** Median over runs of (their seconds / our seconds) = our rate / their rate. */
    static double pairedRatio(List<Double> theirs, List<Double> ours) {
        double[] r = new double[ours.size()];
        for (int i = 0; i < r.length; i++) r[i] = theirs.get(i) / ours.get(i);
        return Stats.median(r);
    }

    /** {seconds, quads, seconds of a count like GraphStore.load's (NKKG only)} of one load into a fresh database, deleted afterwards. */
    private double[] once(String loader, Path trig) {
        Path dir;
        try {
            dir = Files.createTempDirectory(work, "tdb2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (loader.equals(NKKG)) {
                try (GraphStore store = GraphStore.open(dir)) {
                    long t0 = System.nanoTime();
                    LoadReport r = store.load(trig);
                    double s = (System.nanoTime() - t0) / 1e9;
                    // the same scan GraphStore.load makes after its commit, timed on its own
                    DatasetGraph dsg = store.dataset();
                    long c0 = System.nanoTime();
                    long n = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
                    double count = (System.nanoTime() - c0) / 1e9;
                    if (n != r.quads()) throw new IllegalStateException("counted " + n + " quads, the load reported " + r.quads());
                    return new double[]{s, r.quads(), count};
                }
            }
            long t0 = System.nanoTime();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("db").toString()));
            DataLoader l = loader.equals(PHASED) ? LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput())
                    : LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
            l.startBulk();
            try {
                l.load(trig.toString());
                l.finishBulk();
            } catch (RuntimeException ex) {
                l.finishException(ex);
                throw ex;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long quads = l.countQuads() + l.countTriples();
            TDBInternal.expel(dsg);
            return new double[]{s, quads, Double.NaN};
        } finally {
            BuildBench.deleteTree(dir);
        }
    }
}
