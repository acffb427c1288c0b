package org.nkkg.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.nkkg.store.QueryGuard;

/**
 * The SPARQL query operation of this server: Fuseki's dataset query processor with
 * <ul>
 * <li>a concurrency bound: at most {@code maxConcurrent} queries execute at once; others wait (at most the
 *     query timeout) and then get 503;</li>
 * <li>an overall time limit: Jena's timeout (503 "Query timed out") plus a {@link QueryGuard}, which stops any
 *     query shape at its next data access after the deadline (Jena's timeout alone misses some shapes);</li>
 * <li>a result cap: SELECT, CONSTRUCT and DESCRIBE get {@code LIMIT min(requested, maxRows)}; when the cap
 *     replaced or lowered the query's LIMIT the response carries {@code NKKG-Result-Limit: maxRows};</li>
 * <li>no federation: queries with SERVICE are refused (422) before execution, and the execution context
 *     disallows SERVICE as a second line;</li>
 * <li>no dynamic class loading through {@code java:} function or property-function IRIs (400).</li>
 * </ul>
 */
final class KgQueryService extends SPARQL_QueryDataset {

    static final String HEADER_LIMIT = "NKKG-Result-Limit";
    private static final String ATTR_TIMEOUT = "nkkg.queryTimeoutMillis";

    private final long timeoutMillis;
    private final long maxRows;
    private final Semaphore permits;

    KgQueryService(long timeoutMillis, long maxRows, int maxConcurrent) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
        this.permits = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        long timeout = effectiveTimeout(action);
        action.getRequest().setAttribute(ATTR_TIMEOUT, timeout);
        boolean acquired;
        try {
            acquired = permits.tryAcquire(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if ( !acquired ) {
            action.getResponse().setHeader("Retry-After", "5");
            ServletOps.error(503, "Server busy: too many queries at once, try again later");
        }
        try (QueryGuard guard = QueryGuard.start(timeout)) {
            super.execute(queryString, action);
        } finally {
            permits.release();
        }
    }

    /** The server timeout, lowered by a client's {@code timeout} parameter (seconds) if given. */
    private long effectiveTimeout(HttpAction action) {
        long t = timeoutMillis;
        String p = action.getRequestParameter("timeout");
        if ( p != null ) {
            try {
                String first = p.split(",")[p.contains(",") ? 1 : 0].trim();
                double secs = Double.parseDouble(first);
                if ( secs > 0 )
                    t = Math.min(t, Math.max(1, (long)(secs * 1000)));
            } catch (RuntimeException ex) {
                // Fuseki ignores unparsable values too.
            }
        }
        return t;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        Op op = Algebra.compile(query);
        Check check = new Check();
        Walker.walk(op, check, check.exprs);
        if ( check.service )
            ServletOps.error(422, "SERVICE (federated query) is disabled on this server");
        if ( check.javaIri != null )
            ServletOps.errorBadRequest("Function or property function IRIs with the java: scheme are not allowed: " + check.javaIri);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if ( query.isSelectType() || query.isConstructType() || query.isDescribeType() || query.isJsonType() ) {
            if ( !query.hasLimit() || query.getLimit() > maxRows ) {
                query.setLimit(maxRows);
                action.getResponse().setHeader(HEADER_LIMIT, Long.toString(maxRows));
            }
        }
        Object t = action.getRequest().getAttribute(ATTR_TIMEOUT);
        long timeout = t instanceof Long l ? l : timeoutMillis;
        QueryExecDatasetBuilder builder = QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .set(ARQ.httpServiceAllowed, false)
                .overallTimeout(timeout, TimeUnit.MILLISECONDS);
        return builder.build();
    }

    /** Finds SERVICE and java: IRIs in an algebra expression. */
    private static final class Check extends OpVisitorBase {
        boolean service = false;
        String javaIri = null;

        final ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if ( func instanceof E_Function f )
                    iri(f.getFunctionIRI());
            }

            @Override
            public void visit(ExprAggregator eAgg) {
                if ( eAgg.getAggregator() instanceof AggCustom c )
                    iri(c.getIRI());
            }

            @Override
            public void visit(NodeValue nv) {
                if ( nv.isIRI() )
                    iri(nv.asNode().getURI());
            }
        };

        void iri(String s) {
            if ( s != null && s.regionMatches(true, 0, "java:", 0, 5) && javaIri == null )
                javaIri = s;
        }

        void node(Node n) {
            if ( n != null && n.isURI() )
                iri(n.getURI());
        }

        void triple(Triple t) {
            node(t.getSubject());
            node(t.getPredicate());
            node(t.getObject());
        }

        @Override
        public void visit(OpService opService) {
            service = true;
        }

        @Override
        public void visit(OpBGP opBGP) {
            opBGP.getPattern().forEach(this::triple);
        }

        @Override
        public void visit(OpTriple opTriple) {
            triple(opTriple.getTriple());
        }

        @Override
        public void visit(OpQuadPattern quadPattern) {
            for ( Quad q : quadPattern.getPattern() )
                triple(q.asTriple());
        }

        @Override
        public void visit(OpPropFunc opPropFunc) {
            node(opPropFunc.getProperty());
        }

        @Override
        public void visit(OpPath opPath) {
            node(opPath.getTriplePath().getSubject());
            node(opPath.getTriplePath().getObject());
        }
    }
}
