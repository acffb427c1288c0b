package org.nkkg.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.nkkg.model.DocumentInfo;
import org.nkkg.model.Entity;
import org.nkkg.model.EntityType;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.rdf.Vocabulary;

import java.util.EnumMap;
import java.util.Map;

import static org.nkkg.rdf.Vocabulary.*;

/** VoID + DCAT description of a build: sizes, class partitions, sources, licence, endpoint and dump URLs. */
public final class VoidDescription {
    public static final String CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";

    public QuadCollector describe(KnowledgeGraph kg, String base, String publicUrl, long triples) {
        QuadCollector c = new QuadCollector();
        Node g = Quad.defaultGraphIRI;
        Node ds = iri(base + "dataset");
        String url = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        c.prefix("void", VOID);
        c.prefix("dcat", DCAT);
        c.prefix("dct", DCT);
        c.prefix("nkkg", NKKG);
        c.prefix("xsd", XSD);
        c.quad(Quad.create(g, ds, TYPE, iri(VOID + "Dataset")));
        c.quad(Quad.create(g, ds, TYPE, iri(DCAT + "Dataset")));
        c.quad(Quad.create(g, ds, TITLE, NodeFactory.createLiteralLang("Nagorno-Karabakh Knowledge Graph", "en")));
        c.quad(Quad.create(g, ds, TITLE, NodeFactory.createLiteralLang("纳戈尔诺-卡拉巴赫知识图谱", "zh-Hans")));
        c.quad(Quad.create(g, ds, DESCRIPTION, NodeFactory.createLiteralLang(
                "People, states, organizations, places, events and attributed statements extracted from documents in "
                        + "Simplified Chinese, Traditional Chinese and English, with links to Wikidata.", "en")));
        c.quad(Quad.create(g, ds, LICENSE, iri(CC_BY_SA)));
        c.quad(Quad.create(g, ds, iri(VOID + "triples"), integer(triples)));
        c.quad(Quad.create(g, ds, iri(VOID + "entities"), integer(kg.entities().size() + kg.events().size() + kg.statements().size())));
        c.quad(Quad.create(g, ds, iri(VOID + "sparqlEndpoint"), iri(url + "/nkkg/sparql")));
        c.quad(Quad.create(g, ds, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(base)));
        c.quad(Quad.create(g, ds, iri(VOID + "vocabulary"), iri(Vocabulary.NKKG)));
        for (String[] dump : new String[][]{{"nkkg.ttl", "text/turtle"}, {"nkkg.trig", "application/trig"},
                {"nkkg.nq.gz", "application/n-quads"}}) {
            Node dist = iri(base + "dataset/" + dump[0]);
            c.quad(Quad.create(g, ds, iri(VOID + "dataDump"), iri(url + "/downloads/" + dump[0])));
            c.quad(Quad.create(g, ds, iri(DCAT + "distribution"), dist));
            c.quad(Quad.create(g, dist, TYPE, iri(DCAT + "Distribution")));
            c.quad(Quad.create(g, dist, iri(DCAT + "downloadURL"), iri(url + "/downloads/" + dump[0])));
            c.quad(Quad.create(g, dist, iri(DCAT + "mediaType"), NodeFactory.createLiteralString(dump[1])));
            c.quad(Quad.create(g, dist, LICENSE, iri(CC_BY_SA)));
        }
        for (DocumentInfo d : kg.documents()) c.quad(Quad.create(g, ds, iri(DCT + "source"), iri(base + "doc/" + d.source().id())));
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (Entity e : kg.entities()) counts.merge(e.type(), 1, Integer::sum);
        counts.forEach((t, n) -> partition(c, g, ds, base, t.label(), n));
        partition(c, g, ds, base, "Event", kg.events().size());
        partition(c, g, ds, base, "Statement", kg.statements().size());
        partition(c, g, ds, base, "Document", kg.documents().size());
        return c;
    }

    private static void partition(QuadCollector c, Node g, Node ds, String base, String cls, int n) {
        Node p = iri(base + "dataset/class/" + cls);
        c.quad(Quad.create(g, ds, iri(VOID + "classPartition"), p));
        c.quad(Quad.create(g, p, iri(VOID + "class"), nkkg(cls)));
        c.quad(Quad.create(g, p, iri(VOID + "entities"), integer(n)));
    }

    private static Node integer(long v) { return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger); }
}
