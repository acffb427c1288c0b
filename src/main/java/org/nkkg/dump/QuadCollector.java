package org.nkkg.dump;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Receives the converter's quads as canonical N-Quads lines, so they can be sorted and de-duplicated: sorted lines
 * are what makes every dump byte-identical from one build to the next.
 */
public final class QuadCollector extends StreamRDFBase {
    private final List<String> lines = new ArrayList<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    @Override public void prefix(String prefix, String iri) { prefixes.put(prefix, iri); }

    @Override public void quad(Quad q) {
        lines.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .");
    }

    @Override public void triple(Triple t) { throw new IllegalStateException("the converter writes quads only"); }

    /** Sorted, distinct N-Quads lines; graph-major order for TriG blocks. */
    public List<String> sortedQuads() {
        List<String> keyed = new ArrayList<>(lines.size());
        for (String l : lines) keyed.add(graphOf(l) + "\u0000" + l);
        keyed.sort(null);
        List<String> out = new ArrayList<>(keyed.size());
        String prev = null;
        for (String k : keyed) {
            if (k.equals(prev)) continue;
            prev = k;
            out.add(k.substring(k.indexOf('\u0000') + 1));
        }
        return out;
    }

    /** Sorted, distinct N-Triples lines of the union graph. */
    public List<String> sortedTriples() {
        List<String> t = new ArrayList<>(lines.size());
        for (String l : lines) t.add(l.substring(0, l.lastIndexOf(' ', l.length() - 3)) + " .");
        t.sort(null);
        List<String> out = new ArrayList<>(t.size());
        String prev = null;
        for (String s : t) {
            if (!s.equals(prev)) out.add(s);
            prev = s;
        }
        return out;
    }

    public Map<String, String> prefixes() { return prefixes; }

    private static String graphOf(String nquad) {
        int end = nquad.length() - 2; // before " ."
        int start = nquad.lastIndexOf(" <", end - 1);
        return nquad.substring(start + 1, end);
    }
}
