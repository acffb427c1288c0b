package org.nkkg.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The description of one resource, as served by the Linked Data pages: its own triples (with blank-node
 * closures), the triples of small nodes hanging off it (mentions, Wikidata links, quantities, roles), the
 * labels and types of everything it links to, the resources that link to it (statements, events, ...) with
 * their labels, and for each mention the sentence and the document it comes from. Sizes are bounded.
 * Must be called inside a read transaction on the dataset.
 */
final class Describer {
    static final int MAX_OUT = 2000;
    static final int MAX_IN = 500;
    static final int MAX_DETAIL = 200;
    static final int MAX_SUMMARY = 30;

    private final DatasetGraph dsg;

    Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    boolean isGraphName(Node x) {
        return x.isURI() && dsg.containsGraph(x) && !org.apache.jena.sparql.core.Quad.isUnionGraph(x)
               && !org.apache.jena.sparql.core.Quad.isDefaultGraph(x);
    }

    Graph describe(Node x) {
        Graph union = dsg.getDefaultGraph();
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> summarized = new HashSet<>();

        List<Triple> own = take(union.find(x, Node.ANY, Node.ANY), MAX_OUT);
        for ( Triple t : own ) {
            out.add(t);
            Node o = t.getObject();
            if ( o.isBlank() )
                closure(union, o, out, 3);
            else if ( o.isURI() ) {
                if ( Vocab.DETAIL_PREDICATES.contains(t.getPredicate()) )
                    detail(union, o, out, summarized);
                else
                    summary(union, o, out, summarized, true);
            }
        }
        List<Triple> incoming = new ArrayList<>();
        ExtendedIterator<Triple> it = union.find(Node.ANY, Node.ANY, x);
        try {
            while ( it.hasNext() && incoming.size() < MAX_IN ) {
                Triple t = it.next();
                if ( !Vocab.SKIP_INCOMING.contains(t.getPredicate()) )
                    incoming.add(t);
            }
        } finally {
            it.close();
        }
        for ( Triple t : incoming ) {
            out.add(t);
            summary(union, t.getSubject(), out, summarized, true);
        }
        return out;
    }

    /** Everything about a small node; for a mention also its sentence and document. */
    private void detail(Graph union, Node o, Graph out, Set<Node> summarized) {
        for ( Triple t : take(union.find(o, Node.ANY, Node.ANY), MAX_DETAIL) ) {
            out.add(t);
            Node v = t.getObject();
            if ( t.getPredicate().equals(Vocab.IN_SENTENCE) ) {
                for ( Node p : List.of(Vocab.TYPE, Vocab.ANCHOR_OF, Vocab.BEGIN, Vocab.END) )
                    copy(union, v, p, out, 5);
            } else if ( t.getPredicate().equals(Vocab.IN_DOCUMENT) ) {
                for ( Node p : List.of(Vocab.TYPE, Vocab.TITLE, Vocab.URL) )
                    copy(union, v, p, out, 5);
            } else if ( v.isURI() ) {
                summary(union, v, out, summarized, false);
            }
        }
    }

    /** Type, labels and a few key properties of a neighbour (and the labels of its speaker). */
    private void summary(Graph union, Node r, Graph out, Set<Node> summarized, boolean deep) {
        if ( !r.isURI() && !r.isBlank() )
            return;
        if ( !summarized.add(r) )
            return;
        for ( Node p : Vocab.SUMMARY_PREDICATES ) {
            for ( Triple t : take(union.find(r, p, Node.ANY), MAX_SUMMARY) ) {
                out.add(t);
                if ( deep && (p.equals(Vocab.SPEAKER)) && t.getObject().isURI() )
                    labels(union, t.getObject(), out);
            }
        }
    }

    private void labels(Graph union, Node r, Graph out) {
        copy(union, r, Vocab.LABEL, out, 10);
        copy(union, r, Vocab.TYPE, out, 5);
    }

    private static void copy(Graph union, Node s, Node p, Graph out, int max) {
        for ( Triple t : take(union.find(s, p, Node.ANY), max) )
            out.add(t);
    }

    private static void closure(Graph union, Node b, Graph out, int depth) {
        if ( depth <= 0 )
            return;
        for ( Triple t : take(union.find(b, Node.ANY, Node.ANY), MAX_DETAIL) ) {
            out.add(t);
            if ( t.getObject().isBlank() )
                closure(union, t.getObject(), out, depth - 1);
        }
    }

    private static List<Triple> take(ExtendedIterator<Triple> it, int max) {
        List<Triple> list = new ArrayList<>();
        try {
            while ( it.hasNext() && list.size() < max )
                list.add(it.next());
        } finally {
            it.close();
        }
        return list;
    }
}
