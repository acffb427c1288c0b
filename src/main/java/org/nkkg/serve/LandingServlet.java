package org.nkkg.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nkkg.store.GraphStore;

/** {@code /}: what this server offers, with example queries. */
final class LandingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient GraphStore store;
    private final String datasetPath;
    private final String baseIri;
    private final boolean hasDownloads;

    LandingServlet(GraphStore store, String datasetPath, String baseIri, boolean hasDownloads) {
        this.store = store;
        this.datasetPath = datasetPath;
        this.baseIri = baseIri;
        this.hasDownloads = hasDownloads;
    }

    static final String[][] EXAMPLES = {
        {"People with their names in three scripts",
         """
         PREFIX nkkg: <https://nkkg.example.org/ontology#>
         PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         SELECT ?person ?en ?zhHans ?zhHant ?qid WHERE {
           ?person a nkkg:Person .
           OPTIONAL { ?person rdfs:label ?en FILTER(lang(?en) = "en") }
           OPTIONAL { ?person rdfs:label ?zhHans FILTER(lang(?zhHans) = "zh-Hans") }
           OPTIONAL { ?person rdfs:label ?zhHant FILTER(lang(?zhHant) = "zh-Hant") }
           OPTIONAL { ?person nkkg:wikidata ?qid }
         } ORDER BY ?en LIMIT 100
         """},
        {"Who said what: statements with speaker and stance",
         """
         PREFIX nkkg: <https://nkkg.example.org/ontology#>
         PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         SELECT ?statement ?speakerName ?stance ?date WHERE {
           ?statement a nkkg:Statement ; nkkg:speaker ?speaker .
           OPTIONAL { ?speaker rdfs:label ?speakerName FILTER(lang(?speakerName) = "en") }
           OPTIONAL { ?statement nkkg:stance ?stance }
           OPTIONAL { ?statement nkkg:date ?date }
         } ORDER BY DESC(?date) LIMIT 100
         """},
        {"Events by type",
         """
         PREFIX nkkg: <https://nkkg.example.org/ontology#>
         SELECT ?type (COUNT(?event) AS ?events) WHERE {
           ?event nkkg:eventType ?type .
         } GROUP BY ?type ORDER BY DESC(?events)
         """},
        {"Graphs and their sizes",
         """
         SELECT ?graph (COUNT(*) AS ?triples) WHERE {
           GRAPH ?graph { ?s ?p ?o }
         } GROUP BY ?graph ORDER BY DESC(?triples)
         """},
    };

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String endpoint = datasetPath + "/sparql";
        StringBuilder b = new StringBuilder();
        b.append("<h1>Nagorno-Karabakh Knowledge Graph</h1>\n");
        b.append("<p>Entities, events and attributed statements extracted from Chinese (Simplified and Traditional) and English ")
         .append("documents, linked to Wikidata, with the source snippets they come from.</p>\n");
        if ( store.isEmpty() )
            b.append("<p class=\"warn\">No graph is loaded yet.</p>\n");
        else
            b.append("<p>").append(String.format(Locale.ROOT, "%,d", store.quadCount())).append(" quads, loaded ")
             .append(Http.esc(String.valueOf(store.loadedAt()))).append(".</p>\n");
        b.append("<h2>Use it</h2>\n<ul>\n");
        b.append("<li><a href=\"/query.html\">SPARQL query page</a></li>\n");
        b.append("<li>SPARQL endpoint: <code>").append(Http.esc(endpoint)).append("</code> (GET or POST, SPARQL 1.1 protocol)</li>\n");
        if ( hasDownloads )
            b.append("<li><a href=\"/downloads/\">Downloads</a>: Turtle, TriG, N-Triples and N-Quads dumps</li>\n");
        b.append("<li><a href=\"/.well-known/void\">VoID/DCAT description</a></li>\n");
        b.append("<li><a href=\"/ontology\">Ontology</a></li>\n");
        b.append("<li>Every entity, event and statement IRI under <code>").append(Http.esc(baseIri))
         .append("</code> can be looked up here at its path, as HTML, Turtle (<code>Accept: text/turtle</code>) or JSON-LD (<code>Accept: application/ld+json</code>).</li>\n");
        b.append("</ul>\n<h2>Example queries</h2>\n");
        for ( String[] ex : EXAMPLES ) {
            String q = ex[1].strip();
            String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
            b.append("<h3>").append(Http.esc(ex[0])).append("</h3>\n<pre>").append(Http.esc(q)).append("</pre>\n<p><a href=\"")
             .append(Http.esc(endpoint + "?query=" + enc)).append("\">run (JSON results)</a> · <a href=\"")
             .append(Http.esc("/query.html#query=" + enc)).append("\">open in the query page</a></p>\n");
        }
        b.append("<h2>Limits</h2>\n<p>Queries time out, results are capped (the response header <code>NKKG-Result-Limit</code> ")
         .append("tells when a LIMIT was applied; page with OFFSET), federated queries (SERVICE) are disabled. ")
         .append("For the whole graph use the downloads.</p>\n");
        resp.setHeader("Cache-Control", "no-cache");
        Pages.sendHtml(req, resp, 200, Pages.page("Home", b.toString()));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
