package org.nkkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.nkkg.store.GraphStore;
import org.nkkg.store.QueryGuard;

/**
 * Dereferences the IRIs under the configured base: a GET of {@code /id/x} (the IRI without the base's scheme
 * and host) describes {@code <base>id/x}. Turtle for {@code Accept: text/turtle} (and by default), JSON-LD for
 * {@code application/ld+json}, N-Triples, RDF/XML, and an HTML page for browsers; {@code ?format=} overrides
 * the Accept header. IRIs not in the data (nor in the ontology) are 404. A named-graph IRI is described by its
 * size and where to get it. Reads are bounded in time by a {@link QueryGuard}.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient GraphStore store;
    private final String baseIri;
    private final String baseOrigin;
    private final String datasetPath;
    private final long budgetMillis;
    private final transient OntologyServlet ontology;

    LinkedDataServlet(GraphStore store, String baseIri, String datasetPath, long budgetMillis, OntologyServlet ontology) {
        this.store = store;
        this.baseIri = baseIri;
        URI u = URI.create(baseIri);
        this.baseOrigin = u.getScheme() + "://" + u.getRawAuthority();
        this.datasetPath = datasetPath;
        this.budgetMillis = budgetMillis;
        this.ontology = ontology;
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rawPath = req.getRequestURI();          // as sent, percent-encoded; never contains the query string
        if ( rawPath.equals("/favicon.ico") ) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = RdfOut.choose(req, true);
        if ( type == null ) {
            Http.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                       "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        resp.setHeader("Vary", "Accept");
        Node iri = iriFor(rawPath);
        if ( iri == null ) {
            notFound(req, resp, type, rawPath);
            return;
        }
        DatasetGraph dsg = store.dataset();
        AtomicReference<Graph> description = new AtomicReference<>();
        AtomicReference<String> kind = new AtomicReference<>("resource");
        try (QueryGuard guard = QueryGuard.start(budgetMillis)) {
            Txn.executeRead(dsg, () -> {
                Describer d = new Describer(dsg);
                Graph g = d.describe(iri);
                if ( g.isEmpty() && d.isGraphName(iri) ) {
                    g = graphSummary(dsg, iri);
                    kind.set("graph");
                }
                description.set(g);
            });
        } catch (QueryCancelledException ex) {
            Http.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Description took too long");
            return;
        }
        Graph g = description.get();
        // Terms of the ontology (classes, concepts) are described by the ontology file as well.
        Graph fromOntology = fromOntology(iri);
        if ( fromOntology != null )
            fromOntology.find().forEachRemaining(g::add);
        if ( g.isEmpty() ) {
            notFound(req, resp, type, rawPath);
            return;
        }
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefixes(Vocab.prefixes(baseIri));
        RdfOut.prunePrefixes(m);
        resp.setHeader("Link", "<" + rawPath + "?format=ttl>; rel=\"alternate\"; type=\"text/turtle\", <" + rawPath
                                + "?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\"");
        if ( type.equals(Http.HTML) ) {
            EntityPage page = new EntityPage(g, iri, baseIri, EntityPage.preferredLang(req.getHeader("Accept-Language")));
            String body = page.render();
            if ( kind.get().equals("graph") )
                body += "<p>This is a named graph. Get its triples: <a href=\"" + Http.esc(datasetPath + "/get?graph=" + java.net.URLEncoder.encode(iri.getURI(), java.nio.charset.StandardCharsets.UTF_8))
                        + "\">Graph Store Protocol</a>.</p>\n";
            byte[] bytes = Pages.page(page.title(), body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String etag = Http.etagOf(bytes);
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "public, max-age=60");
            resp.setHeader("Content-Security-Policy", Pages.CSP_PAGES);
            if ( Http.notModified(req, resp, etag, -1) )
                return;
            Http.send(req, resp, "text/html; charset=utf-8", bytes);
            return;
        }
        RdfOut.send(req, resp, type, RdfOut.write(m, type), "public, max-age=60");
    }

    /** The IRI a request path stands for: base origin + path, with percent-escapes of non-ASCII text decoded. */
    Node iriFor(String rawPath) {
        if ( rawPath == null || !rawPath.startsWith("/") || rawPath.contains("//") )
            return null;
        String iri = baseOrigin + rawPath;
        if ( !iri.startsWith(baseIri) && !(iri + "/").equals(baseIri) )
            return null;
        try {
            // Data IRIs are IRIs (Unicode); a browser sends them percent-encoded. Decode UTF-8 escapes but keep
            // escapes of reserved ASCII characters as they are.
            iri = decodeUnreserved(iri);
            new URI(toAscii(iri));
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return null;
        }
        if ( iri.contains("..") || iri.contains(" ") || iri.contains("<") || iri.contains(">") || iri.contains("\"") )
            return null;
        return NodeFactory.createURI(iri);
    }

    /** Decode %XX sequences that form non-ASCII UTF-8 characters or unreserved ASCII; leave the others. */
    static String decodeUnreserved(String s) {
        if ( s.indexOf('%') < 0 )
            return s;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while ( i < s.length() ) {
            char c = s.charAt(i);
            if ( c == '%' && i + 2 < s.length() ) {
                int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                boolean unreservedAscii = v < 0x80 && (Character.isLetterOrDigit(v) || "-._~".indexOf(v) >= 0);
                if ( v >= 0x80 || unreservedAscii ) {
                    bytes.write(v);
                    i += 3;
                    continue;
                }
            }
            if ( bytes.size() > 0 ) {
                out.append(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if ( bytes.size() > 0 )
            out.append(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        return out.toString();
    }

    private static String toAscii(String iri) {
        StringBuilder b = new StringBuilder();
        for ( byte x : iri.getBytes(java.nio.charset.StandardCharsets.UTF_8) ) {
            int v = x & 0xff;
            if ( v >= 0x80 )
                b.append('%').append(String.format("%02X", v));
            else
                b.append((char)v);
        }
        return b.toString();
    }

    private Graph graphSummary(DatasetGraph dsg, Node graphName) {
        Model m = ModelFactory.createDefaultModel();
        long n = dsg.getGraph(graphName).size();
        Resource r = m.createResource(graphName.getURI());
        r.addProperty(RDF.type, m.createResource("http://www.w3.org/ns/sparql-service-description#NamedGraph"));
        r.addLiteral(VOID.triples, n);
        r.addProperty(RDFS.comment, "Named graph; its triples: " + datasetPath + "/get?graph=" + graphName.getURI());
        return m.getGraph();
    }

    private Graph fromOntology(Node iri) {
        if ( ontology == null )
            return null;
        Model o = ontology.ontology();
        if ( o == null )
            return null;
        Resource r = o.createResource(iri.getURI());
        if ( !o.contains(r, null, (org.apache.jena.rdf.model.RDFNode)null) )
            return null;
        Model m = ModelFactory.createDefaultModel();
        m.add(r.listProperties());
        return m.getGraph();
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String type, String rawPath) throws IOException {
        resp.setHeader("Cache-Control", "no-cache");
        if ( Http.HTML.equals(type) ) {
            Pages.sendHtml(req, resp, HttpServletResponse.SC_NOT_FOUND,
                           Pages.page("Not found", "<h1>Not found</h1>\n<p>Nothing is known about <code>" + Http.esc(baseOrigin + rawPath)
                                                   + "</code>.</p>\n<p><a href=\"/\">Home</a></p>\n"));
            return;
        }
        Http.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found");
    }
}
