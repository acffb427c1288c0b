package org.nkkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every IRI the converter writes, in one place. Instance IRIs hang off a configurable base; terms do not. */
public final class Vocabulary {
    public static final String NKKG = "https://nkkg.example.org/ontology#";
    public static final String EVENT_TYPE = "https://nkkg.example.org/ontology/event-type/";
    public static final String STANCE = "https://nkkg.example.org/ontology/stance/";
    public static final String ROLE = "https://nkkg.example.org/ontology/role/";
    public static final String MEASURE = "https://nkkg.example.org/ontology/measure/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String GAF = "http://groundedannotationframework.org/gaf#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String DEFAULT_BASE = "https://nkkg.example.org/";

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node SAME_AS = iri(OWL + "sameAs");
    public static final Node DENOTED_BY = iri(GAF + "denotedBy");
    public static final Node BEGIN = iri(NIF + "beginIndex");
    public static final Node END = iri(NIF + "endIndex");
    public static final Node ANCHOR = iri(NIF + "anchorOf");
    public static final Node HAS_PLACE = iri(SEM + "hasPlace");
    public static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");
    public static final Node SCHEMA_VALUE = iri(SCHEMA + "value");
    public static final Node SCHEMA_UNIT = iri(SCHEMA + "unitText");
    public static final Node SCHEMA_URL = iri(SCHEMA + "url");
    public static final Node TITLE = iri(DCT + "title");
    public static final Node LANGUAGE = iri(DCT + "language");
    public static final Node PUBLISHER = iri(DCT + "publisher");
    public static final Node ISSUED = iri(DCT + "issued");
    public static final Node LICENSE = iri(DCT + "license");
    public static final Node DESCRIPTION = iri(DCT + "description");

    public static Node nkkg(String local) { return iri(NKKG + local); }

    public static Node iri(String s) { return NodeFactory.createURI(s); }

    /** Prefixes written at the top of every dump. */
    public static Map<String, String> prefixes(String base) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("nkkg", NKKG);
        p.put("nkkgt", EVENT_TYPE);
        p.put("nkkgs", STANCE);
        p.put("nkkgr", ROLE);
        p.put("nkkgq", MEASURE);
        p.put("id", base + "id/");
        p.put("event", base + "event/");
        p.put("doc", base + "doc/");
        p.put("rdf", RDF);
        p.put("rdfs", RDFS);
        p.put("xsd", XSD);
        p.put("owl", OWL);
        p.put("skos", SKOS);
        p.put("sem", SEM);
        p.put("gaf", GAF);
        p.put("nif", NIF);
        p.put("prov", PROV);
        p.put("schema", SCHEMA);
        p.put("dct", DCT);
        p.put("void", VOID);
        p.put("dcat", DCAT);
        p.put("wd", WD);
        return p;
    }

    private Vocabulary() {}
}
