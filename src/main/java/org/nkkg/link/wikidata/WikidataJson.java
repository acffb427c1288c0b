package org.nkkg.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of Wikidata's action API as it is served: wbgetentities ({@code entities.<id>.labels.<lang>.value},
 * {@code aliases.<lang>[].value}, {@code descriptions}, {@code claims.P31[].mainsnak.datavalue.value.id},
 * {@code redirects.from/to}, {@code "missing": ""}) and wbsearchentities ({@code search[]} with {@code id},
 * {@code label}, {@code description}, {@code match}, {@code aliases}).
 */
final class WikidataJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private WikidataJson() {}

    /** An {@code error} object in an answer (the API answers errors with HTTP 200). */
    static final class ApiError extends IOException {
        final String code;

        ApiError(String code, String info) {
            super("Wikidata API error '" + code + "': " + info);
            this.code = code;
        }
    }

    static void checkError(JsonNode root) throws ApiError {
        JsonNode err = root.get("error");
        if (err != null && err.isObject()) throw new ApiError(err.path("code").asText("unknown"), err.path("info").asText(""));
    }

    /** The entity objects of a wbgetentities answer, keyed by the QID asked for (a redirect names it in {@code from}). */
    static Map<String, JsonNode> entityNodes(JsonNode root) throws IOException {
        checkError(root);
        JsonNode entities = root.get("entities");
        if (entities == null || !entities.isObject()) throw new IOException("not a wbgetentities answer: no \"entities\" object");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : entities.properties()) {
            JsonNode n = f.getValue();
            String from = text(n.path("redirects").path("from"));
            out.put(from != null ? from : f.getKey(), n);
        }
        return out;
    }

    /** One entity object of a wbgetentities answer. */
    static WikidataItem item(String requestedId, JsonNode n, Instant fetched) {
        if (n.has("missing")) return WikidataItem.missing(requestedId, fetched);
        String id = text(n.path("redirects").path("to"));
        if (id == null) id = text(n.path("id"));
        if (id == null) id = requestedId;
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : n.path("labels").properties()) {
            String v = text(f.getValue().path("value"));
            if (v != null) labels.put(f.getKey(), v);
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : n.path("descriptions").properties()) {
            String v = text(f.getValue().path("value"));
            if (v != null) descriptions.put(f.getKey(), v);
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : n.path("aliases").properties()) {
            List<String> vs = new ArrayList<>();
            for (JsonNode a : f.getValue()) {
                String v = text(a.path("value"));
                if (v != null && !vs.contains(v)) vs.add(v);
            }
            if (!vs.isEmpty()) aliases.put(f.getKey(), List.copyOf(vs));
        }
        JsonNode claims = n.path("claims");
        return new WikidataItem(requestedId, id, false, Collections.unmodifiableMap(labels),
                Collections.unmodifiableMap(aliases), Collections.unmodifiableMap(descriptions),
                itemValues(claims.path("P31")), itemValues(claims.path("P279")), fetched);
    }

    /** The item QIDs of a property's statements, in order, without deprecated ones and without no/some-value snaks. */
    static List<String> itemValues(JsonNode statements) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : statements) {
            if ("deprecated".equals(s.path("rank").asText())) continue;
            JsonNode snak = s.path("mainsnak");
            if (snak.has("snaktype") && !"value".equals(snak.path("snaktype").asText())) continue;
            JsonNode v = snak.path("datavalue").path("value");
            String q = text(v.path("id"));
            if (q == null && v.has("numeric-id")) q = "Q" + v.path("numeric-id").asLong();
            if (q != null && !out.contains(q)) out.add(q);
        }
        return List.copyOf(out);
    }

    /** The hits of a wbsearchentities answer, in the order served. */
    static List<SearchHit> searchHits(JsonNode root) throws IOException {
        checkError(root);
        JsonNode search = root.get("search");
        if (search == null || !search.isArray()) throw new IOException("not a wbsearchentities answer: no \"search\" array");
        List<SearchHit> out = new ArrayList<>();
        for (JsonNode h : search) {
            String id = text(h.path("id"));
            if (id == null) continue;
            JsonNode display = h.path("display");
            String label = text(h.path("label"));
            if (label == null) label = text(display.path("label").path("value"));
            String description = text(h.path("description"));
            if (description == null) description = text(display.path("description").path("value"));
            List<String> aliases = new ArrayList<>();
            for (JsonNode a : h.path("aliases")) if (a.isTextual()) aliases.add(a.asText());
            JsonNode m = h.path("match");
            out.add(new SearchHit(id, label, description, text(m.path("type")), text(m.path("language")),
                    text(m.path("text")), List.copyOf(aliases)));
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isEmpty() ? n.asText() : null;
    }
}
