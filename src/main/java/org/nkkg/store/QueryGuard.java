package org.nkkg.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A per-thread time budget for reads of the {@link GraphStore} dataset.
 * <p>
 * Jena's own query timeout does not reach every evaluation loop (some shapes, e.g. property paths
 * or joins that call {@code graph.find} directly, run on to completion). Every iterator the store's
 * dataset hands out is therefore wrapped: while a guard is active on the calling thread, the
 * iterator checks the deadline (and an explicit cancel flag) as it advances and throws
 * {@link QueryCancelledException} once it has passed. Whatever the query shape, it cannot touch the
 * data after its deadline.
 * <p>
 * Usage: {@code try (QueryGuard g = QueryGuard.start(timeout)) { ... }}; guards do not nest (the inner
 * one replaces the outer one until it is closed).
 */
public final class QueryGuard implements AutoCloseable {

    private static final ThreadLocal<QueryGuard> CURRENT = new ThreadLocal<>();
    /** Check the clock every this many elements (nanoTime is cheap, but not free). */
    private static final int CHECK_EVERY = 64;

    private final long deadlineNanos;
    private final AtomicBoolean cancelled = new AtomicBoolean(false);
    private final QueryGuard previous;
    private volatile boolean tripped = false;

    private QueryGuard(long deadlineNanos, QueryGuard previous) {
        this.deadlineNanos = deadlineNanos;
        this.previous = previous;
    }

    /** Start a guard on this thread with the given budget in milliseconds (&le;0: no time limit, cancel only). */
    public static QueryGuard start(long budgetMillis) {
        long deadline = budgetMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis) : Long.MAX_VALUE;
        QueryGuard g = new QueryGuard(deadline, CURRENT.get());
        CURRENT.set(g);
        return g;
    }

    /** The guard active on this thread, or null. */
    public static QueryGuard current() {
        return CURRENT.get();
    }

    /** Ask the guarded work to stop at its next step (may be called from another thread). */
    public void cancel() {
        cancelled.set(true);
    }

    /** Has the deadline passed or has the guard been cancelled? */
    public boolean expired() {
        return tripped || cancelled.get() || System.nanoTime() - deadlineNanos > 0;
    }

    /** Whether this guard stopped some work. */
    public boolean hasTripped() {
        return tripped;
    }

    /** Throw {@link QueryCancelledException} if the budget is spent. */
    public void check() {
        if ( expired() ) {
            tripped = true;
            throw new QueryCancelledException();
        }
    }

    /** Check the guard active on this thread, if any. */
    public static void checkCurrent() {
        QueryGuard g = CURRENT.get();
        if ( g != null )
            g.check();
    }

    /** Wrap an iterator so that it honours the guard active on this thread (if none, returned as is). */
    public static <T> Iterator<T> wrap(Iterator<T> iter) {
        QueryGuard g = CURRENT.get();
        if ( g == null )
            return iter;
        g.check();
        return new Guarded<>(iter, g);
    }

    @Override
    public void close() {
        if ( CURRENT.get() == this ) {
            if ( previous == null )
                CURRENT.remove();
            else
                CURRENT.set(previous);
        }
    }

    private static final class Guarded<T> implements Iterator<T> {
        private final Iterator<T> base;
        private final QueryGuard guard;
        private int steps = 0;

        Guarded(Iterator<T> base, QueryGuard guard) {
            this.base = base;
            this.guard = guard;
        }

        private void step() {
            if ( (++steps & (CHECK_EVERY - 1)) == 0 || guard.cancelled.get() )
                guard.check();
        }

        @Override
        public boolean hasNext() {
            step();
            return base.hasNext();
        }

        @Override
        public T next() {
            if ( !base.hasNext() )
                throw new NoSuchElementException();
            return base.next();
        }

        @Override
        public void remove() {
            base.remove();
        }
    }
}
