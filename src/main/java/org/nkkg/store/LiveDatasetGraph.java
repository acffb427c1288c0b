package org.nkkg.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.Lock;
import org.apache.jena.shared.LockMRSW;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The dataset a {@link GraphStore} serves: one object for the lifetime of the store, whose content
 * is switched between database generations.
 * <p>
 * Swap semantics: a transaction is pinned to the generation that was current when it began
 * ({@link #begin(TxnType)}); everything it reads comes from that generation until it ends, even if
 * a newer generation becomes current meanwhile. A generation that has been replaced is closed (and
 * its files deleted) when the last transaction pinned to it ends. Readers therefore see the old
 * graph or the new one, never a mixture and never a half-loaded database.
 * <p>
 * The default graph is the union of all graphs (named graphs and any stored default graph); graph
 * views resolve through this object, so every {@code find} is subject to the {@link QueryGuard} of
 * the calling thread.
 */
final class LiveDatasetGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    /** One database generation: a complete, immutable-once-published TDB2 database (or an empty in-memory one). */
    static final class Generation {
        final DatasetGraph dsg;
        final Path location;            // null for in-memory
        final long quads;
        final Instant loadedAt;
        private final AtomicInteger refs = new AtomicInteger(0);
        private volatile boolean retired = false;
        /** Set when the generation has been replaced: its files go when it closes. */
        volatile boolean deleteOnClose = false;
        private final AtomicBoolean closed = new AtomicBoolean(false);
        private final Consumer<Generation> closer;

        Generation(DatasetGraph dsg, Path location, long quads, Instant loadedAt, Consumer<Generation> closer) {
            this.dsg = Objects.requireNonNull(dsg);
            this.location = location;
            this.quads = quads;
            this.loadedAt = loadedAt;
            this.closer = closer;
        }

        /** Take a reference; false if the generation has been retired meanwhile (caller retries with the new current one). */
        boolean tryAcquire() {
            refs.incrementAndGet();
            if ( retired ) {
                release();
                return false;
            }
            return true;
        }

        void release() {
            if ( refs.decrementAndGet() == 0 && retired )
                closeOnce();
        }

        /** No new transactions; close when the in-flight ones have finished. */
        void retire() {
            retired = true;
            if ( refs.get() == 0 )
                closeOnce();
        }

        int inFlight() {
            return refs.get();
        }

        boolean isClosed() {
            return closed.get();
        }

        void closeOnce() {
            if ( closed.compareAndSet(false, true) )
                closer.accept(this);
        }
    }

    private final AtomicReference<Generation> current;
    private final ThreadLocal<Generation> pinned = new ThreadLocal<>();
    private final Lock lock = new LockMRSW();

    LiveDatasetGraph(Generation initial, Context context) {
        super(null, context);
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    /** Make {@code next} the current generation; returns the one it replaced (not yet retired). */
    Generation swap(Generation next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }

    Generation currentGeneration() {
        return current.get();
    }

    /** The generation this thread's transaction is pinned to, else the current one. */
    Generation activeGeneration() {
        Generation g = pinned.get();
        return g != null ? g : current.get();
    }

    @Override
    protected DatasetGraph get() {
        return activeGeneration().dsg;
    }

    // ---- Transactions: pin a generation for the duration of the transaction.

    private Generation acquireCurrent() {
        for ( int i = 0; ; i++ ) {
            Generation g = current.get();
            if ( g.tryAcquire() )
                return g;
            if ( i > 1000 )
                throw new JenaTransactionException("Could not start a transaction: the store is closing");
            Thread.onSpinWait();
        }
    }

    @Override
    public void begin(TxnType type) {
        if ( pinned.get() != null )
            throw new JenaTransactionException("Already in a transaction");
        Generation g = acquireCurrent();
        try {
            g.dsg.begin(type);
        } catch (RuntimeException ex) {
            g.release();
            throw ex;
        }
        pinned.set(g);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public boolean promote(Promote type) {
        Generation g = pinned.get();
        if ( g == null )
            throw new JenaTransactionException("Not in a transaction");
        return g.dsg.promote(type);
    }

    @Override
    public boolean promote() {
        Generation g = pinned.get();
        if ( g == null )
            throw new JenaTransactionException("Not in a transaction");
        return g.dsg.promote();
    }

    @Override
    public void commit() {
        Generation g = pinned.get();
        if ( g == null )
            throw new JenaTransactionException("Not in a transaction");
        try {
            g.dsg.commit();
        } finally {
            unpinIfFinished(g);
        }
    }

    @Override
    public void abort() {
        Generation g = pinned.get();
        if ( g == null )
            throw new JenaTransactionException("Not in a transaction");
        try {
            g.dsg.abort();
        } finally {
            unpinIfFinished(g);
        }
    }

    @Override
    public void end() {
        Generation g = pinned.get();
        if ( g == null )
            return;
        try {
            g.dsg.end();
        } finally {
            pinned.remove();
            g.release();
        }
    }

    private void unpinIfFinished(Generation g) {
        boolean stillIn;
        try {
            stillIn = g.dsg.isInTransaction();
        } catch (RuntimeException ex) {
            stillIn = false;
        }
        if ( !stillIn ) {
            pinned.remove();
            g.release();
        }
    }

    @Override
    public boolean isInTransaction() {
        Generation g = pinned.get();
        return g != null && g.dsg.isInTransaction();
    }

    @Override
    public ReadWrite transactionMode() {
        Generation g = pinned.get();
        return g == null ? null : g.dsg.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        Generation g = pinned.get();
        return g == null ? null : g.dsg.transactionType();
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    @Override
    public Lock getLock() {
        return lock;
    }

    // ---- Reads: guarded iterators, graph views through this object.

    @Override
    public Iterator<Quad> find() {
        return QueryGuard.wrap(get().find());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return QueryGuard.wrap(get().find(quad));
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return QueryGuard.wrap(get().find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return QueryGuard.wrap(get().findNG(g, s, p, o));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return QueryGuard.wrap(get().listGraphNodes());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        QueryGuard.checkCurrent();
        return get().contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        QueryGuard.checkCurrent();
        return get().contains(quad);
    }

    /** The default graph is the union of every graph of the current generation. */
    @Override
    public Graph getDefaultGraph() {
        return new UnionView(this);
    }

    @Override
    public Graph getUnionGraph() {
        return new UnionView(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if ( graphNode == null || Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode) )
            return new UnionView(this);
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if ( graphNode == null || Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode) )
            return true;
        return get().containsGraph(graphNode);
    }

    /** Closing the served dataset is a no-op: the {@link GraphStore} owns the databases. */
    @Override
    public void close() {}

    @Override
    public String toString() {
        Generation g = current.get();
        return "LiveDatasetGraph[" + (g.location == null ? "in-memory" : g.location) + "]";
    }

    // ---- Writes (only with updates enabled): the stored default graph is not visible under the union
    // default graph, so quads addressed to it are kept in GraphStore.DEFAULT_GRAPH instead.

    private static Node target(Node g) {
        return ( g == null || Quad.isDefaultGraph(g) ) ? GraphStore.DEFAULT_GRAPH : g;
    }

    @Override
    public void add(Quad quad) {
        get().add(target(quad.getGraph()), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Quad quad) {
        get().delete(target(quad.getGraph()), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        get().add(target(g), s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        get().delete(target(g), s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if ( g != null && Quad.isUnionGraph(g) )
            throw new org.apache.jena.shared.DeleteDeniedException("Can't update the union graph of a dataset");
        get().deleteAny(target(g), s, p, o);
    }

    /**
     * The union of all graphs of the generation pinned by the calling thread. TDB2 computes it from its
     * quad indexes (no global "distinct"). Additions and deletions go to {@link GraphStore#DEFAULT_GRAPH}.
     */
    static final class UnionView extends GraphView {
        private final LiveDatasetGraph live;

        UnionView(LiveDatasetGraph live) {
            super(live, Quad.unionGraph);
            this.live = live;
        }

        @Override
        protected ExtendedIterator<Triple> graphUnionFind(Node s, Node p, Node o) {
            Iterator<Triple> iter = live.get().getUnionGraph().find(s, p, o);
            return WrappedIterator.createNoRemove(QueryGuard.wrap(iter));
        }

        @Override
        public void performAdd(Triple t) {
            live.add(GraphStore.DEFAULT_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void performDelete(Triple t) {
            live.delete(GraphStore.DEFAULT_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void clear() {
            live.deleteAny(GraphStore.DEFAULT_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        }
    }
}
