package org.nkkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ontology}: the project ontology ({@code ontology/nkkg.ttl}), as Turtle, JSON-LD, N-Triples,
 * RDF/XML or a readable HTML index (anchors are the local names, so {@code /ontology#Person} works).
 * The file is looked for at the configured path, then {@code ontology/nkkg.ttl} under the working directory,
 * then on the classpath. Absent: 404.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OntologyServlet.class);

    static final String NS = org.nkkg.rdf.Vocabulary.NKKG;

    private final transient Path configured;   // may be null
    private transient volatile Model model;
    private transient volatile FileTime modelTime;

    OntologyServlet(Path configured) {
        this.configured = configured;
    }

    /** The ontology model, or null. Reloaded when the file changes. */
    Model ontology() {
        Path p = configured != null ? configured : Path.of("ontology", "nkkg.ttl");
        try {
            if ( Files.isRegularFile(p) ) {
                FileTime t = Files.getLastModifiedTime(p);
                if ( model == null || !t.equals(modelTime) ) {
                    Model m = RDFDataMgr.loadModel(p.toString());
                    model = m;
                    modelTime = t;
                }
                return model;
            }
            if ( model == null ) {
                for ( String r : new String[] {"/ontology/nkkg.ttl", "/org/nkkg/ontology/nkkg.ttl", "/nkkg.ttl"} ) {
                    try (InputStream in = OntologyServlet.class.getResourceAsStream(r)) {
                        if ( in == null )
                            continue;
                        Model m = ModelFactory.createDefaultModel();
                        RDFParser.source(in).lang(Lang.TURTLE).parse(m);
                        model = m;
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Cannot read the ontology {}: {}", p, ex.getMessage());
        }
        return model;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Model m = ontology();
        if ( m == null ) {
            Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "No ontology file is available on this server");
            return;
        }
        String type = RdfOut.choose(req, true);
        if ( type == null ) {
            Http.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        if ( type.equals(Http.HTML) ) {
            resp.setHeader("Vary", "Accept");
            Pages.sendHtml(req, resp, 200, Pages.page("Ontology", html(m)));
            return;
        }
        RdfOut.send(req, resp, type, RdfOut.write(m, type), "public, max-age=300");
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private static String html(Model m) {
        StringBuilder b = new StringBuilder("<h1>NKKG ontology</h1>\n<p>Namespace <code>").append(Http.esc(NS))
                .append("</code>. Also as <a href=\"/ontology?format=ttl\">Turtle</a>, <a href=\"/ontology?format=jsonld\">JSON-LD</a>.</p>\n");
        section(b, m, "Classes", new Resource[] {OWL.Class, RDFS.Class});
        section(b, m, "Properties", new Resource[] {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty});
        section(b, m, "Concepts", new Resource[] {SKOS.Concept});
        return b.toString();
    }

    private static void section(StringBuilder b, Model m, String title, Resource[] types) {
        List<Resource> items = new ArrayList<>();
        for ( Resource t : types )
            m.listResourcesWithProperty(RDF.type, t).forEachRemaining(r -> {
                if ( r.isURIResource() && !items.contains(r) )
                    items.add(r);
            });
        if ( items.isEmpty() )
            return;
        items.sort(Comparator.comparing(Resource::getURI));
        b.append("<h2>").append(title).append("</h2>\n<table class=\"list\">\n");
        for ( Resource r : items ) {
            String uri = r.getURI();
            String id = uri.startsWith(NS) ? uri.substring(NS.length()) : null;
            b.append("<tr").append(id != null ? " id=\"" + Http.esc(id) + "\"" : "").append("><td><code>")
             .append(Http.esc(id != null ? "nkkg:" + id : uri)).append("</code></td><td>");
            for ( Statement s : r.listProperties(RDFS.label).toList() )
                literal(b, s.getObject());
            for ( Statement s : r.listProperties(SKOS.prefLabel).toList() )
                literal(b, s.getObject());
            Statement c = r.getProperty(RDFS.comment);
            if ( c == null )
                c = r.getProperty(SKOS.definition);
            if ( c != null && c.getObject().isLiteral() )
                b.append("<div class=\"small\">").append(Http.esc(c.getObject().asLiteral().getLexicalForm())).append("</div>");
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void literal(StringBuilder b, RDFNode n) {
        if ( !n.isLiteral() )
            return;
        Literal l = n.asLiteral();
        String lang = l.getLanguage();
        b.append("<span").append(lang.isEmpty() ? "" : " lang=\"" + Http.esc(lang) + "\"").append(">").append(Http.esc(l.getLexicalForm()))
         .append("</span>").append(lang.isEmpty() ? "" : "<span class=\"lang\">" + Http.esc(lang) + "</span>").append(" ");
    }
}
