package org.nkkg.dump;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Receives the converter's quads as canonical N-Quads lines so they can be sorted and de-duplicated: sorted lines
 * are what makes every dump byte-identical from one build to the next. Sorting spills to disk past a bounded
 * number of lines, so a large corpus does not need a large heap. Quads are kept graph-major (for TriG blocks);
 * the union graph's triples are kept beside them.
 */
public final class QuadCollector extends StreamRDFBase implements AutoCloseable {
    /** Lines held in memory before a sorted run goes to disk. */
    static final int CHUNK = 200_000;

    private final ExternalSort quads = new ExternalSort(CHUNK);
    private final ExternalSort triples = new ExternalSort(CHUNK);
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private long received;

    @Override public void prefix(String prefix, String iri) { prefixes.put(prefix, iri); }

    @Override public void quad(Quad q) {
        String triple = NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject());
        String graph = NodeFmtLib.strNT(q.getGraph());
        quads.add(graph + '\u0000' + triple + " " + graph + " .");
        triples.add(triple + " .");
        received++;
    }

    @Override public void triple(Triple t) { throw new IllegalStateException("the converter writes quads only"); }

    /** Distinct N-Quads lines, graph-major, in a fixed order; returns how many. Reads once. */
    public long forEachQuad(Consumer<String> out) {
        return quads.forEachDistinct(k -> out.accept(k.substring(k.indexOf('\u0000') + 1)));
    }

    /** Distinct N-Triples lines of the union graph, sorted; returns how many. Reads once. */
    public long forEachTriple(Consumer<String> out) { return triples.forEachDistinct(out); }

    public Map<String, String> prefixes() { return prefixes; }

    /** Quads received (with repeats): for progress and benchmarks. */
    public long received() { return received; }

    @Override public void close() {
        quads.close();
        triples.close();
    }
}
