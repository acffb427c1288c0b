package org.nkkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.nkkg.model.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.nkkg.rdf.Vocabulary.*;

/**
 * Writes a {@link KnowledgeGraph} as quads to a {@link StreamRDF}; it never knows where they go.
 *
 * <p>Graphs: {@code <base>graph/<docId>} holds what one document says (the document, its mentions and sentences,
 * the links from entities and events to those mentions, its statements); {@code <base>graph/corpus} holds the
 * merged layer (entities with labels and Wikidata links, events, roles). The union of all graphs is the whole KG.
 */
public final class RdfConverter {
    private final String base;

    public RdfConverter(String base) { this.base = base.endsWith("/") ? base : base + "/"; }

    public String base() { return base; }

    public Node corpusGraph() { return iri(base + "graph/corpus"); }

    public Node documentGraph(String docId) { return iri(base + "graph/" + docId); }

    public Node documentNode(String docId) { return iri(base + "doc/" + docId); }

    public Node entityNode(String id) { return iri(base + "id/" + id); }

    public Node eventNode(String id) { return iri(base + "event/" + id); }

    public Node statementNode(String id) { return iri(base + "statement/" + id); }

    public Node roleNode(String id) { return iri(base + "role/" + id); }

    public void convert(KnowledgeGraph kg, StreamRDF out) {
        out.start();
        Vocabulary.prefixes(base).forEach(out::prefix);
        for (DocumentInfo d : kg.documents()) document(d, out);
        for (Entity e : kg.entities()) entity(e, kg.links().get(e.id()), out);
        for (Role r : kg.roles()) role(r, out);
        for (Event e : kg.events()) event(e, out);
        for (Statement s : kg.statements()) statement(s, out);
        out.finish();
    }

    private void document(DocumentInfo info, StreamRDF out) {
        SourceDoc d = info.source();
        Node g = documentGraph(d.id()), n = documentNode(d.id());
        q(out, g, n, TYPE, nkkg("Document"));
        q(out, g, n, TITLE, NodeFactory.createLiteralLang(d.title(), d.lang().tag()));
        q(out, g, n, LANGUAGE, str(d.lang().tag()));
        q(out, g, n, nkkg("sourceFile"), str(d.file()));
        q(out, g, n, nkkg("kind"), str(d.kind()));
        q(out, g, n, nkkg("characterCount"), integer(info.codePoints()));
        if (d.publisher() != null) q(out, g, n, PUBLISHER, str(d.publisher()));
        if (d.url() != null) q(out, g, n, SCHEMA_URL, iri(encodeIri(d.url())));
        if (d.published() != null) q(out, g, n, ISSUED, typed(d.published().toString(), XSDDatatype.XSDdate));
        if (d.retrieved() != null) q(out, g, n, nkkg("retrieved"), typed(d.retrieved().toString(), XSDDatatype.XSDdate));
        if (d.licence() != null) q(out, g, n, LICENSE, iri(d.licence()));
    }

    /** A mention and its sentence, in the mention's document graph; returns the mention node. */
    private Node mention(MentionRef m, StreamRDF out) {
        Node g = documentGraph(m.docId());
        Node n = iri(base + "doc/" + m.docId() + "#char=" + m.begin() + "," + m.end());
        Node s = iri(base + "doc/" + m.docId() + "#char=" + m.sentenceBegin() + "," + m.sentenceEnd());
        q(out, g, n, TYPE, nkkg("Mention"));
        q(out, g, n, BEGIN, nonNeg(m.begin()));
        q(out, g, n, END, nonNeg(m.end()));
        q(out, g, n, ANCHOR, str(m.surface()));
        q(out, g, n, nkkg("inDocument"), documentNode(m.docId()));
        if (!n.equals(s)) {
            q(out, g, n, nkkg("inSentence"), s);
            q(out, g, s, TYPE, nkkg("Sentence"));
            q(out, g, s, BEGIN, nonNeg(m.sentenceBegin()));
            q(out, g, s, END, nonNeg(m.sentenceEnd()));
            q(out, g, s, ANCHOR, str(m.sentence()));
            q(out, g, s, nkkg("inDocument"), documentNode(m.docId()));
        }
        return n;
    }

    private void entity(Entity e, WikidataLink link, StreamRDF out) {
        Node g = corpusGraph(), n = entityNode(e.id());
        q(out, g, n, TYPE, nkkg(e.type().label()));
        for (Map.Entry<String, String> l : e.labels().entrySet()) q(out, g, n, LABEL, NodeFactory.createLiteralLang(l.getValue(), l.getKey()));
        for (String alt : e.altLabels()) {
            String[] p = alt.split("\t", 2);
            q(out, g, n, ALT_LABEL, NodeFactory.createLiteralLang(p[1], p[0]));
        }
        if (e.partOf() != null) {
            q(out, g, n, e.type() == EntityType.PLACE ? nkkg("locatedIn") : nkkg("memberOf"), entityNode(e.partOf()));
        }
        for (MentionRef m : e.mentions()) q(out, documentGraph(m.docId()), n, DENOTED_BY, mention(m, out));
        if (link != null && link.qid() != null) {
            Node l = iri(base + "link/" + e.id());
            q(out, g, n, nkkg("link"), l);
            q(out, g, l, TYPE, nkkg("WikidataLink"));
            q(out, g, l, nkkg("linkTarget"), iri(WD + link.qid()));
            q(out, g, l, nkkg("confidence"), decimal(link.score()));
            q(out, g, l, nkkg("linkMethod"), str(link.method()));
            if (link.certain()) {
                q(out, g, n, SAME_AS, iri(WD + link.qid()));
                q(out, g, n, nkkg("wikidata"), str(link.qid()));
            }
        }
    }

    private void role(Role r, StreamRDF out) {
        Node g = corpusGraph(), n = roleNode(r.id());
        q(out, g, entityNode(r.person()), nkkg("holds"), n);
        q(out, g, n, TYPE, nkkg("Role"));
        q(out, g, n, nkkg("roleType"), iri(ROLE + r.type().slug()));
        if (r.in() != null) q(out, g, n, nkkg("roleIn"), entityNode(r.in()));
        for (MentionRef m : r.mentions()) {
            q(out, documentGraph(m.docId()), n, DENOTED_BY, mention(m, out));
            q(out, documentGraph(m.docId()), n, nkkg("roleLabel"), NodeFactory.createLiteralLang(m.surface(), m.lang().tag()));
        }
    }

    private void event(Event e, StreamRDF out) {
        Node g = corpusGraph(), n = eventNode(e.id());
        q(out, g, n, TYPE, nkkg("Event"));
        q(out, g, n, TYPE, nkkg(e.type().className()));
        q(out, g, n, nkkg("eventType"), iri(EVENT_TYPE + e.type().slug()));
        for (Map.Entry<String, String> l : new java.util.TreeMap<>(e.labels()).entrySet()) {
            q(out, g, n, LABEL, NodeFactory.createLiteralLang(l.getValue(), l.getKey()));
        }
        if (e.date() != null) q(out, g, n, nkkg("date"), time(e.date()));
        if (e.start() != null) q(out, g, n, nkkg("startDate"), time(e.start()));
        if (e.end() != null) q(out, g, n, nkkg("endDate"), time(e.end()));
        for (String a : e.agents()) q(out, g, n, nkkg("agent"), entityNode(a));
        for (String a : e.affected()) q(out, g, n, nkkg("affected"), entityNode(a));
        for (String p : e.places()) q(out, g, n, HAS_PLACE, entityNode(p));
        for (Quantity qt : e.quantities()) {
            Node qn = iri(base + "event/" + e.id() + "/quantity/" + qt.measure().slug() + "-" + qt.value());
            q(out, g, n, nkkg("quantity"), qn);
            q(out, g, qn, TYPE, nkkg("Quantity"));
            q(out, g, qn, nkkg("measure"), iri(MEASURE + qt.measure().slug()));
            q(out, g, qn, SCHEMA_VALUE, typed(Long.toString(qt.value()), XSDDatatype.XSDinteger));
            q(out, g, qn, SCHEMA_UNIT, str(qt.unit()));
        }
        for (MentionRef m : e.mentions()) {
            Node dg = documentGraph(m.docId());
            q(out, dg, n, DENOTED_BY, mention(m, out));
            q(out, dg, n, DERIVED_FROM, documentNode(m.docId()));
        }
    }

    private void statement(Statement s, StreamRDF out) {
        Node g = documentGraph(s.docId()), n = statementNode(s.id());
        q(out, g, n, TYPE, nkkg("Statement"));
        q(out, g, n, nkkg("speaker"), entityNode(s.speaker()));
        if (s.onBehalfOf() != null && !s.onBehalfOf().equals(s.speaker())) q(out, g, n, nkkg("onBehalfOf"), entityNode(s.onBehalfOf()));
        if (s.roleId() != null) q(out, g, n, nkkg("speakerRole"), roleNode(s.roleId()));
        q(out, g, n, nkkg("stance"), iri(STANCE + s.stance().slug()));
        for (String a : s.about()) q(out, g, n, nkkg("about"), entityNode(a));
        if (s.quote() != null) q(out, g, n, nkkg("quote"), NodeFactory.createLiteralLang(s.quote(), s.quoteLang().tag()));
        if (s.date() != null) q(out, g, n, nkkg("date"), time(s.date()));
        q(out, g, n, DENOTED_BY, mention(s.cue(), out));
        q(out, g, n, DERIVED_FROM, documentNode(s.docId()));
        q(out, g, n, nkkg("sentenceText"), NodeFactory.createLiteralLang(s.cue().sentence(), s.cue().lang().tag()));
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node typed(String lex, XSDDatatype dt) { return NodeFactory.createLiteralDT(lex, dt); }

    private static Node nonNeg(int v) { return typed(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger); }

    private static Node integer(long v) { return typed(Long.toString(v), XSDDatatype.XSDinteger); }

    private static Node decimal(double v) {
        return typed(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node time(TimeValue t) {
        XSDDatatype dt = switch (t.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return typed(t.lexical(), dt);
    }

    /** Percent-encodes what is not allowed in a plain IRI but keeps Unicode letters (IRIs allow them). */
    private static String encodeIri(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`') {
                sb.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            } else sb.append(c);
        }
        return sb.toString();
    }
}
