package org.nkkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * The HTML page of a resource, rendered from its description ({@link Describer}): labels in zh-Hans,
 * zh-Hant and en, types, Wikidata link, properties, the statements and events it takes part in, other
 * resources that refer to it, and the source snippets (sentence with the mention highlighted, document).
 * Everything taken from the data is HTML-escaped.
 */
final class EntityPage {

    static final List<String> LANGS = List.of("zh-Hans", "zh-Hant", "en");

    private final Graph g;
    private final Node x;
    private final String baseIri;
    private final String baseOrigin;     // scheme://authority of the base IRI
    private final PrefixMapping pm;
    private final List<String> langOrder;

    EntityPage(Graph description, Node x, String baseIri, String preferredLang) {
        this.g = description;
        this.x = x;
        this.baseIri = baseIri;
        java.net.URI u = java.net.URI.create(baseIri);
        this.baseOrigin = u.getScheme() + "://" + u.getRawAuthority();
        this.pm = Vocab.prefixes(baseIri);
        List<String> order = new ArrayList<>();
        order.add(preferredLang);
        for ( String l : List.of("en", "zh-Hans", "zh-Hant") )
            if ( !order.contains(l) )
                order.add(l);
        this.langOrder = order;
    }

    /** zh-Hant for Taiwan/Hong Kong/Macau or explicit Hant, zh-Hans for other Chinese, else en. */
    static String preferredLang(String acceptLanguage) {
        if ( acceptLanguage == null )
            return "en";
        String first = acceptLanguage.split(",")[0].split(";")[0].trim().toLowerCase(Locale.ROOT);
        if ( first.startsWith("zh") ) {
            if ( first.contains("hant") || first.contains("-tw") || first.contains("-hk") || first.contains("-mo") )
                return "zh-Hant";
            return "zh-Hans";
        }
        return "en";
    }

    String title() {
        return label(x);
    }

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(langSpan(bestLabelLiteral(x), label(x))).append("</h1>\n");
        b.append("<p class=\"iri\">").append(Http.esc(x.getURI())).append("</p>\n");
        List<Node> types = objects(x, Vocab.TYPE);
        if ( !types.isEmpty() ) {
            b.append("<p class=\"types\">");
            for ( Node t : types )
                b.append("<span>").append(link(t, qname(t))).append("</span>");
            b.append("</p>\n");
        }
        b.append("<p class=\"small\">Also as <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · ")
         .append("<a href=\"?format=nt\">N-Triples</a></p>\n");

        labelsSection(b);
        wikidataSection(b);
        propertiesSection(b);
        incomingSections(b);
        sourcesSection(b);
        return b.toString();
    }

    // ---- Sections

    private void labelsSection(StringBuilder b) {
        List<Node> labels = objects(x, Vocab.LABEL);
        List<Node> alts = objects(x, Vocab.ALT_LABEL);
        if ( labels.isEmpty() && alts.isEmpty() )
            return;
        b.append("<h2>Names</h2>\n<table class=\"labels\">\n");
        for ( String lang : LANGS ) {
            b.append("<tr><th>").append(lang).append("</th><td>");
            boolean any = false;
            for ( Node l : labels ) {
                if ( l.isLiteral() && l.getLiteralLanguage().equalsIgnoreCase(lang) ) {
                    b.append(any ? " · " : "").append(langSpan(l, l.getLiteralLexicalForm()));
                    any = true;
                }
            }
            if ( !any )
                b.append("<span class=\"small\">—</span>");
            b.append("</td></tr>\n");
        }
        List<Node> others = new ArrayList<>();
        for ( Node l : labels )
            if ( l.isLiteral() && LANGS.stream().noneMatch(lg -> lg.equalsIgnoreCase(l.getLiteralLanguage())) )
                others.add(l);
        if ( !others.isEmpty() )
            b.append("<tr><th>other</th><td>").append(literals(others)).append("</td></tr>\n");
        if ( !alts.isEmpty() )
            b.append("<tr><th>also known as</th><td>").append(literals(alts)).append("</td></tr>\n");
        b.append("</table>\n");
    }

    private void wikidataSection(StringBuilder b) {
        List<String> links = new ArrayList<>();
        for ( Node q : objects(x, Vocab.WIKIDATA) ) {
            if ( q.isLiteral() && q.getLiteralLexicalForm().matches("Q[0-9]{1,12}") ) {
                String qid = q.getLiteralLexicalForm();
                String a = "<a href=\"https://www.wikidata.org/wiki/" + qid + "\">" + qid + "</a>";
                if ( !links.contains(a) )
                    links.add(a);
            }
        }
        for ( Node s : objects(x, Vocab.SAME_AS) ) {
            if ( s.isURI() && s.getURI().startsWith(Vocab.WD) ) {
                String qid = s.getURI().substring(Vocab.WD.length());
                if ( qid.matches("Q[0-9]{1,12}") ) {
                    String a = "<a href=\"https://www.wikidata.org/wiki/" + qid + "\">" + qid + "</a>";
                    if ( !links.contains(a) )
                        links.add(a);
                }
            }
        }
        if ( links.isEmpty() )
            return;
        b.append("<h2>Wikidata</h2>\n<p>").append(String.join(" · ", links)).append("</p>\n");
    }

    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(Vocab.TYPE, Vocab.LABEL, Vocab.ALT_LABEL, Vocab.WIKIDATA,
                                                            Vocab.SAME_AS, Vocab.DENOTED_BY);

    private void propertiesSection(StringBuilder b) {
        Map<Node, List<Node>> byPred = new LinkedHashMap<>();
        List<Triple> own = g.find(x, Node.ANY, Node.ANY).toList();
        own.sort(Comparator.comparing((Triple t) -> qname(t.getPredicate())));
        for ( Triple t : own ) {
            if ( SHOWN_ELSEWHERE.contains(t.getPredicate()) )
                continue;
            byPred.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        if ( byPred.isEmpty() )
            return;
        b.append("<h2>Properties</h2>\n<table>\n");
        byPred.forEach((p, values) -> {
            b.append("<tr><th>").append(link(p, qname(p))).append("</th><td>");
            boolean first = true;
            for ( Node v : values ) {
                if ( !first )
                    b.append("<br>");
                first = false;
                b.append(value(v, 0));
            }
            b.append("</td></tr>\n");
        });
        b.append("</table>\n");
    }

    private void incomingSections(StringBuilder b) {
        List<Triple> in = g.find(Node.ANY, Node.ANY, x).toList();
        if ( in.isEmpty() )
            return;
        List<Triple> statements = new ArrayList<>(), events = new ArrayList<>(), other = new ArrayList<>();
        for ( Triple t : in ) {
            Node s = t.getSubject();
            if ( s.equals(x) )
                continue;
            if ( g.contains(s, Vocab.TYPE, Vocab.STATEMENT) )
                statements.add(t);
            else if ( isEvent(s) )
                events.add(t);
            else
                other.add(t);
        }
        if ( !statements.isEmpty() ) {
            b.append("<h2>Statements</h2>\n<table>\n<tr><th>Statement</th><th>Role</th><th>Speaker</th><th>Stance</th><th>Date</th></tr>\n");
            for ( Triple t : statements ) {
                Node s = t.getSubject();
                b.append("<tr><td>").append(link(s, label(s))).append(quoteOf(s)).append("</td><td>").append(Http.esc(localName(t.getPredicate())))
                 .append("</td><td>").append(joined(objects(s, Vocab.SPEAKER))).append("</td><td>").append(joined(objects(s, Vocab.STANCE)))
                 .append("</td><td>").append(joined(objects(s, Vocab.DATE))).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if ( !events.isEmpty() ) {
            b.append("<h2>Events</h2>\n<table>\n<tr><th>Event</th><th>Role</th><th>Type</th><th>Date</th></tr>\n");
            for ( Triple t : events ) {
                Node s = t.getSubject();
                b.append("<tr><td>").append(link(s, label(s))).append("</td><td>").append(Http.esc(localName(t.getPredicate())))
                 .append("</td><td>").append(joined(objects(s, Vocab.EVENT_TYPE))).append("</td><td>").append(joined(objects(s, Vocab.DATE)))
                 .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if ( !other.isEmpty() ) {
            b.append("<h2>Referred to by</h2>\n<table>\n");
            for ( Triple t : other ) {
                b.append("<tr><th>").append(link(t.getPredicate(), qname(t.getPredicate()))).append("</th><td>")
                 .append(link(t.getSubject(), label(t.getSubject()))).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
    }

    private void sourcesSection(StringBuilder b) {
        List<Node> mentions = objects(x, Vocab.DENOTED_BY);
        List<Node> sentences = objects(x, Vocab.SENTENCE_TEXT);
        if ( mentions.isEmpty() && sentences.isEmpty() )
            return;
        b.append("<h2>Sources</h2>\n");
        mentions.sort(Comparator.comparing(Node::toString));
        for ( Node m : mentions ) {
            b.append("<div class=\"snippet\">");
            b.append("<p>").append(snippet(m)).append("</p>");
            Node doc = first(m, Vocab.IN_DOCUMENT);
            b.append("<p class=\"src\">");
            if ( doc != null ) {
                b.append(link(doc, label(doc)));
                Node url = first(doc, Vocab.URL);
                if ( url != null && url.isURI() && isHttp(url.getURI()) )
                    b.append(" · <a href=\"").append(Http.esc(url.getURI())).append("\" rel=\"nofollow noopener\">original</a>");
            }
            Node bi = first(m, Vocab.BEGIN), ei = first(m, Vocab.END);
            if ( bi != null && ei != null && bi.isLiteral() && ei.isLiteral() )
                b.append(" · characters ").append(Http.esc(bi.getLiteralLexicalForm())).append("–").append(Http.esc(ei.getLiteralLexicalForm()));
            b.append("</p></div>\n");
        }
        if ( mentions.isEmpty() ) {
            for ( Node s : sentences )
                b.append("<div class=\"snippet\"><p>").append(langSpan(s, s.getLiteralLexicalForm())).append("</p></div>\n");
        }
    }

    /** The sentence of a mention with the mention marked; falls back to the mention's text. */
    private String snippet(Node m) {
        Node anchor = first(m, Vocab.ANCHOR_OF);
        String mentionText = anchor != null && anchor.isLiteral() ? anchor.getLiteralLexicalForm() : null;
        Node sentence = first(m, Vocab.IN_SENTENCE);
        if ( sentence != null ) {
            Node sAnchor = first(sentence, Vocab.ANCHOR_OF);
            if ( sAnchor != null && sAnchor.isLiteral() ) {
                String text = sAnchor.getLiteralLexicalForm();
                Long mb = integer(first(m, Vocab.BEGIN)), me = integer(first(m, Vocab.END)), sb = integer(first(sentence, Vocab.BEGIN));
                if ( mb != null && me != null && sb != null && mentionText != null ) {
                    // Offsets are in code points of the original file.
                    int from = (int)(mb - sb), to = (int)(me - sb);
                    int cps = text.codePointCount(0, text.length());
                    if ( from >= 0 && to <= cps && from <= to ) {
                        int i = text.offsetByCodePoints(0, from), j = text.offsetByCodePoints(0, to);
                        if ( text.substring(i, j).equals(mentionText) )
                            return Http.esc(text.substring(0, i)) + "<mark>" + Http.esc(text.substring(i, j)) + "</mark>" + Http.esc(text.substring(j));
                    }
                }
                if ( mentionText != null ) {
                    int i = text.indexOf(mentionText);
                    if ( i >= 0 )
                        return Http.esc(text.substring(0, i)) + "<mark>" + Http.esc(mentionText) + "</mark>" + Http.esc(text.substring(i + mentionText.length()));
                }
                return Http.esc(text);
            }
        }
        return mentionText == null ? Http.esc(m.toString()) : "<mark>" + Http.esc(mentionText) + "</mark>";
    }

    // ---- Rendering

    private String value(Node v, int depth) {
        if ( v.isLiteral() ) {
            String lex = v.getLiteralLexicalForm();
            if ( !v.getLiteralLanguage().isEmpty() )
                return langSpan(v, lex);
            return Http.esc(lex);
        }
        // Small nodes are shown inline (blank nodes, quantities, Wikidata links).
        List<Triple> props = g.find(v, Node.ANY, Node.ANY).toList();
        boolean inline = depth < 2 && (v.isBlank() || (props.size() > 0 && props.size() <= 12 && !g.contains(v, Vocab.LABEL, Node.ANY)
                                                        && !g.contains(v, Vocab.TITLE, Node.ANY) && !g.contains(v, Vocab.PREF_LABEL, Node.ANY)));
        if ( !inline )
            return link(v, label(v));
        StringBuilder b = new StringBuilder();
        if ( v.isURI() )
            b.append(link(v, label(v)));
        b.append("<table class=\"inner\">");
        props.sort(Comparator.comparing((Triple t) -> qname(t.getPredicate())));
        for ( Triple t : props )
            b.append("<tr><th>").append(Http.esc(qname(t.getPredicate()))).append("</th><td>").append(value(t.getObject(), depth + 1)).append("</td></tr>");
        b.append("</table>");
        return b.toString();
    }

    private String quoteOf(Node s) {
        Node q = first(s, Vocab.QUOTE);
        if ( q == null || !q.isLiteral() )
            return "";
        return "<div class=\"small\">“" + langSpan(q, q.getLiteralLexicalForm()) + "”</div>";
    }

    private String joined(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        for ( Node n : nodes ) {
            if ( b.length() > 0 )
                b.append(", ");
            b.append(n.isLiteral() ? Http.esc(n.getLiteralLexicalForm()) : link(n, label(n)));
        }
        return b.toString();
    }

    private String literals(List<Node> ls) {
        StringBuilder b = new StringBuilder();
        for ( Node l : ls ) {
            if ( !l.isLiteral() )
                continue;
            if ( b.length() > 0 )
                b.append(" · ");
            b.append(langSpan(l, l.getLiteralLexicalForm()));
        }
        return b.toString();
    }

    private static String langSpan(Node lit, String text) {
        if ( lit == null || !lit.isLiteral() || lit.getLiteralLanguage().isEmpty() )
            return Http.esc(text);
        String lang = lit.getLiteralLanguage();
        return "<span lang=\"" + Http.esc(lang) + "\">" + Http.esc(text) + "</span><span class=\"lang\">" + Http.esc(lang) + "</span>";
    }

    /** A link: IRIs under the base go to their path on this server, other http(s) IRIs to themselves. */
    private String link(Node n, String text) {
        if ( n.isBlank() )
            return Http.esc(text);
        if ( !n.isURI() )
            return Http.esc(text);
        String uri = n.getURI();
        String href = null;
        if ( uri.startsWith(baseIri) )
            href = uri.substring(baseOrigin.length());
        else if ( isHttp(uri) )
            href = uri;
        if ( href == null )
            return Http.esc(text);
        return "<a href=\"" + Http.esc(href) + "\">" + Http.esc(text) + "</a>";
    }

    private static boolean isHttp(String uri) {
        return uri.startsWith("http://") || uri.startsWith("https://");
    }

    private boolean isEvent(Node s) {
        if ( g.contains(s, Vocab.EVENT_TYPE, Node.ANY) )
            return true;
        for ( Node t : objects(s, Vocab.TYPE) )
            if ( Vocab.EVENT_CLASSES.contains(t) )
                return true;
        return false;
    }

    private Node bestLabelLiteral(Node n) {
        List<Node> labels = objects(n, Vocab.LABEL);
        if ( labels.isEmpty() )
            labels = objects(n, Vocab.PREF_LABEL);
        if ( labels.isEmpty() )
            labels = objects(n, Vocab.TITLE);
        for ( String lang : langOrder )
            for ( Node l : labels )
                if ( l.isLiteral() && l.getLiteralLanguage().equalsIgnoreCase(lang) )
                    return l;
        for ( Node l : labels )
            if ( l.isLiteral() )
                return l;
        return null;
    }

    /** Display label of a node: rdfs:label / skos:prefLabel / dct:title in the preferred language, else a short name. */
    String label(Node n) {
        Node l = bestLabelLiteral(n);
        if ( l != null )
            return l.getLiteralLexicalForm();
        if ( g.contains(n, Vocab.TYPE, Vocab.STATEMENT) ) {
            Node speaker = first(n, Vocab.SPEAKER);
            Node date = first(n, Vocab.DATE);
            String who = speaker == null || speaker.equals(n) ? null : label(speaker);
            return "Statement" + (who == null ? "" : " by " + who) + (date != null && date.isLiteral() ? " (" + date.getLiteralLexicalForm() + ")" : "");
        }
        Node a = first(n, Vocab.ANCHOR_OF);
        if ( a != null && a.isLiteral() )
            return "“" + a.getLiteralLexicalForm() + "”";
        if ( n.isURI() ) {
            String uri = n.getURI();
            // SKOS concepts of the model (event types, stances, roles, measures): their local name.
            for ( String ns : List.of(Vocab.NKKGT, Vocab.NKKGS, Vocab.NKKGR, Vocab.NKKGQ) )
                if ( uri.startsWith(ns) && uri.length() > ns.length() )
                    return uri.substring(ns.length());
            if ( uri.startsWith(Vocab.NKKG) )
                return qname(n);
            if ( uri.startsWith(baseIri) )
                return uri.substring(baseIri.length());
            return qname(n);
        }
        return n.toString();
    }

    private String qname(Node n) {
        if ( !n.isURI() )
            return n.toString();
        String q = pm.qnameFor(n.getURI());
        return q != null ? q : n.getURI();
    }

    private static String localName(Node p) {
        String u = p.getURI();
        int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return i >= 0 ? u.substring(i + 1) : u;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> list = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> list.add(t.getObject()));
        return list;
    }

    private Node first(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Long integer(Node n) {
        if ( n == null || !n.isLiteral() )
            return null;
        try {
            return Long.parseLong(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
