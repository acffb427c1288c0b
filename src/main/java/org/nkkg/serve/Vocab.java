package org.nkkg.serve;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.nkkg.rdf.Vocabulary;

/** The terms of the NKKG model that the Linked Data pages use; namespaces come from the one {@link Vocabulary}. */
final class Vocab {
    private Vocab() {}

    static final String NKKG = Vocabulary.NKKG;
    static final String NKKGT = Vocabulary.EVENT_TYPE;
    static final String NKKGS = Vocabulary.STANCE;
    static final String NKKGR = Vocabulary.ROLE;
    static final String NKKGQ = Vocabulary.MEASURE;
    static final String SEM = Vocabulary.SEM;
    static final String GAF = Vocabulary.GAF;
    static final String NIF = Vocabulary.NIF;
    static final String PROV = Vocabulary.PROV;
    static final String SCHEMA = Vocabulary.SCHEMA;
    static final String WD = Vocabulary.WD;

    static Node nkkg(String local) {
        return NodeFactory.createURI(NKKG + local);
    }

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node SAME_AS = OWL.sameAs.asNode();
    static final Node WIKIDATA = nkkg("wikidata");
    static final Node DENOTED_BY = NodeFactory.createURI(GAF + "denotedBy");
    static final Node ANCHOR_OF = NodeFactory.createURI(NIF + "anchorOf");
    static final Node BEGIN = NodeFactory.createURI(NIF + "beginIndex");
    static final Node END = NodeFactory.createURI(NIF + "endIndex");
    static final Node IN_DOCUMENT = nkkg("inDocument");
    static final Node IN_SENTENCE = nkkg("inSentence");
    static final Node SENTENCE_TEXT = nkkg("sentenceText");
    static final Node QUOTE = nkkg("quote");
    static final Node SPEAKER = nkkg("speaker");
    static final Node STANCE = nkkg("stance");
    static final Node ABOUT = nkkg("about");
    static final Node DATE = nkkg("date");
    static final Node EVENT_TYPE = nkkg("eventType");
    static final Node LINK = nkkg("link");
    static final Node QUANTITY = nkkg("quantity");
    static final Node HOLDS = nkkg("holds");
    static final Node SPEAKER_ROLE = nkkg("speakerRole");
    static final Node STATEMENT = nkkg("Statement");
    static final Node EVENT = nkkg("Event");
    static final Node URL = NodeFactory.createURI(SCHEMA + "url");
    static final Node DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    /** The event classes of the model. */
    static final Set<Node> EVENT_CLASSES = Set.of(
        nkkg("Event"), nkkg("War"), nkkg("MilitaryOperation"), nkkg("Attack"), nkkg("Ceasefire"), nkkg("Negotiation"),
        nkkg("Meeting"), nkkg("Agreement"), nkkg("Protest"), nkkg("Explosion"), nkkg("Capture"), nkkg("Displacement"),
        nkkg("Arrest"), nkkg("Decree"), nkkg("Massacre"), nkkg("Blockade"), nkkg("Referendum"), nkkg("Declaration"));

    /** Objects whose own properties are part of a description (small nodes hanging off a resource). */
    static final Set<Node> DETAIL_PREDICATES = Set.of(DENOTED_BY, LINK, QUANTITY, HOLDS, SPEAKER_ROLE);

    /** Properties copied for every neighbour so that pages and clients can show it. */
    static final Set<Node> SUMMARY_PREDICATES = Set.of(TYPE, LABEL, PREF_LABEL, TITLE, EVENT_TYPE, DATE, STANCE, QUOTE,
                                                       SPEAKER, ANCHOR_OF, SENTENCE_TEXT);

    /** Incoming links that only express the structure of mentions; not part of a description. */
    static final Set<Node> SKIP_INCOMING = Set.of(IN_DOCUMENT, IN_SENTENCE);

    static PrefixMapping prefixes(String baseIri) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("nkkg", NKKG);
        pm.setNsPrefix("nkkgt", NKKGT);
        pm.setNsPrefix("nkkgs", NKKGS);
        pm.setNsPrefix("nkkgr", NKKGR);
        pm.setNsPrefix("nkkgq", NKKGQ);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("owl", OWL.NS);
        pm.setNsPrefix("xsd", XSD.NS);
        pm.setNsPrefix("dct", DCTerms.NS);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("sem", SEM);
        pm.setNsPrefix("gaf", GAF);
        pm.setNsPrefix("nif", NIF);
        pm.setNsPrefix("wd", WD);
        pm.setNsPrefix("void", VOID.NS);
        pm.setNsPrefix("dcat", DCAT.NS);
        if ( baseIri != null && !baseIri.startsWith(NKKG) ) {
            pm.setNsPrefix("id", baseIri + "id/");
            pm.setNsPrefix("event", baseIri + "event/");
            pm.setNsPrefix("doc", baseIri + "doc/");
            pm.setNsPrefix("statement", baseIri + "statement/");
        }
        return pm;
    }
}
