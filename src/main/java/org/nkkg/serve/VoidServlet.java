package org.nkkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.nkkg.store.GraphStore;

/**
 * {@code /.well-known/void}: the VoID/DCAT description written by the build ({@code void.ttl} in the dumps
 * directory), in Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation. Without a {@code void.ttl}, a
 * minimal description is generated from the running server.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Dumps dumps;          // may be null
    private final transient GraphStore store;
    private final String baseIri;
    private final String datasetPath;
    private transient volatile Model cached;
    private transient volatile FileTime cachedTime;

    VoidServlet(Dumps dumps, GraphStore store, String baseIri, String datasetPath) {
        this.dumps = dumps;
        this.store = store;
        this.baseIri = baseIri;
        this.datasetPath = datasetPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = RdfOut.choose(req, false);
        if ( type == null ) {
            Http.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Available: text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        Model m = fromDumps();
        if ( m == null )
            m = generated(Http.requestOrigin(req));
        RdfOut.send(req, resp, type, RdfOut.write(m, type), "public, max-age=300");
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private Model fromDumps() throws IOException {
        if ( dumps == null )
            return null;
        Path p = dumps.resolve("void.ttl");
        if ( p == null )
            return null;
        FileTime t = Files.getLastModifiedTime(p);
        if ( cached != null && t.equals(cachedTime) )
            return cached;
        Model m = RDFDataMgr.loadModel(p.toString());
        cached = m;
        cachedTime = t;
        return m;
    }

    private Model generated(String origin) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        Resource ds = m.createResource(baseIri + "dataset");
        ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
          .addProperty(DCTerms.title, m.createLiteral("Nagorno-Karabakh Knowledge Graph", "en"))
          .addProperty(VOID.uriSpace, baseIri)
          .addProperty(VOID.sparqlEndpoint, m.createResource(origin + datasetPath + "/sparql"));
        if ( !store.isEmpty() )
            ds.addProperty(VOID.triples, m.createTypedLiteral(Long.toString(store.quadCount()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        if ( dumps != null ) {
            for ( String name : new String[] {"nkkg.nt.gz", "nkkg.nq.gz", "nkkg.ttl", "nkkg.trig"} ) {
                if ( dumps.resolve(name) == null )
                    continue;
                Resource url = m.createResource(origin + "/downloads/" + name);
                ds.addProperty(VOID.dataDump, url);
                Resource dist = m.createResource().addProperty(RDF.type, DCAT.Distribution)
                                 .addProperty(DCAT.downloadURL, url)
                                 .addProperty(DCAT.mediaType, Dumps.ENTRIES.get(name).mediaType());
                ds.addProperty(DCAT.distribution, dist);
            }
        }
        return m;
    }
}
