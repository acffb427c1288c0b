package org.nkkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Content negotiation and serialization of RDF descriptions. */
final class RdfOut {
    private RdfOut() {}

    /** Offered RDF media types, in order of preference for equal quality. */
    private static final String[] RDF_OFFERS = {Http.TURTLE, Http.JSONLD, Http.NTRIPLES, Http.RDFXML};
    private static final String[] ALL_OFFERS = {Http.HTML, Http.TURTLE, Http.JSONLD, Http.NTRIPLES, Http.RDFXML};

    /**
     * The media type to answer with: {@code ?format=} (ttl, jsonld, nt, rdf, html) overrides the Accept header;
     * no Accept header or {@code *}{@code /*} gives Turtle. Null: nothing acceptable (406).
     */
    static String choose(HttpServletRequest req, boolean withHtml) {
        String f = req.getParameter("format");
        if ( f != null ) {
            switch (f.toLowerCase(Locale.ROOT)) {
                case "ttl", "turtle" -> { return Http.TURTLE; }
                case "jsonld", "json-ld", "json" -> { return Http.JSONLD; }
                case "nt", "ntriples", "n-triples" -> { return Http.NTRIPLES; }
                case "rdf", "xml", "rdfxml", "rdf-xml" -> { return Http.RDFXML; }
                case "html" -> { if ( withHtml ) return Http.HTML; }
                default -> {}
            }
        }
        return Http.negotiate(req.getHeader("Accept"), Http.TURTLE, withHtml ? ALL_OFFERS : RDF_OFFERS);
    }

    static String contentType(String mediaType) {
        return switch (mediaType) {
            case Http.TURTLE -> "text/turtle; charset=utf-8";
            case Http.NTRIPLES -> "application/n-triples; charset=utf-8";
            case Http.JSONLD -> "application/ld+json";
            case Http.RDFXML -> "application/rdf+xml; charset=utf-8";
            default -> mediaType;
        };
    }

    /** Keep only the prefixes whose namespace some IRI of the model uses. */
    static void prunePrefixes(Model model) {
        java.util.Set<String> iris = new java.util.HashSet<>();
        model.getGraph().find().forEachRemaining(t -> {
            for ( org.apache.jena.graph.Node n : new org.apache.jena.graph.Node[] {t.getSubject(), t.getPredicate(), t.getObject()} ) {
                if ( n.isURI() )
                    iris.add(n.getURI());
                else if ( n.isLiteral() && n.getLiteralDatatypeURI() != null )
                    iris.add(n.getLiteralDatatypeURI());
            }
        });
        for ( java.util.Map.Entry<String, String> e : new java.util.HashMap<>(model.getNsPrefixMap()).entrySet() ) {
            String ns = e.getValue();
            if ( iris.stream().noneMatch(i -> i.startsWith(ns)) )
                model.removeNsPrefix(e.getKey());
        }
    }

    static byte[] write(Model model, String mediaType) {
        RDFFormat fmt = switch (mediaType) {
            case Http.JSONLD -> RDFFormat.JSONLD11_PRETTY;
            case Http.NTRIPLES -> RDFFormat.NTRIPLES;
            case Http.RDFXML -> RDFFormat.RDFXML_PLAIN;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, fmt);
        return out.toByteArray();
    }

    /** Send serialized RDF with ETag, Vary and conditional GET. */
    static void send(HttpServletRequest req, HttpServletResponse resp, String mediaType, byte[] body, String cacheControl) throws IOException {
        String etag = Http.etagOf(body);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", cacheControl);
        if ( Http.notModified(req, resp, etag, -1) )
            return;
        Http.send(req, resp, contentType(mediaType), body);
    }
}
