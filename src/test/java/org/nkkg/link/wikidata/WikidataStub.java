package org.nkkg.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for Wikidata's action API on loopback. It answers from recordings in Wikidata's JSON format kept in
 * {@code src/test/resources/org/nkkg/link/wikidata/}: {@code entities/<QID>.json} (a wbgetentities answer for that
 * item; a batch request gets the entities of all its ids in one answer) and {@code search/<language>/<name>.json}
 * (listed in {@code search/index.tsv}). Any request it has no recording for is answered with HTTP 500 and recorded
 * as a failure, which the tests assert is empty.
 */
final class WikidataStub implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE = "/org/nkkg/link/wikidata/";

    /** One request as received. */
    record Request(Map<String, String> params, String userAgent) {
        List<String> ids() { return params.containsKey("ids") ? List.of(params.get("ids").split("\\|")) : List.of(); }
    }

    /** A canned answer served before the recordings (status, Retry-After header or null, body). */
    record Canned(int status, String retryAfter, String body) {}

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Canned> canned = new ArrayDeque<>();
    private final Set<String> missing = Collections.synchronizedSet(new HashSet<>());
    private final Map<String, String> searchIndex = new HashMap<>();

    WikidataStub() throws IOException {
        try (InputStream in = WikidataStub.class.getResourceAsStream(BASE + "search/index.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                searchIndex.put(c[0] + "\t" + c[1], c[2]);
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    URI endpoint() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php"); }

    List<Request> requests() { return List.copyOf(requests); }

    List<String> failures() { return List.copyOf(failures); }

    void clearFailures() { failures.clear(); }

    /** Serves {@code c} to the next request instead of a recording. */
    synchronized void enqueue(Canned c) { canned.add(c); }

    /** These ids are answered as missing items ({@code "missing": ""}), as Wikidata does for deleted ones. */
    void answerMissing(Collection<String> ids) { missing.addAll(ids); }

    private void handle(HttpExchange ex) throws IOException {
        try {
            Map<String, String> params = query(ex.getRequestURI().getRawQuery());
            requests.add(new Request(params, ex.getRequestHeaders().getFirst("User-Agent")));
            Canned c;
            synchronized (this) { c = canned.poll(); }
            if (c != null) {
                if (c.retryAfter() != null) ex.getResponseHeaders().add("Retry-After", c.retryAfter());
                send(ex, c.status(), c.body());
                return;
            }
            String body = switch (params.getOrDefault("action", "")) {
                case "wbgetentities" -> entities(params);
                case "wbsearchentities" -> search(params);
                default -> null;
            };
            if (body == null) {
                failures.add("no recording for " + params);
                send(ex, 500, "{\"error\":{\"code\":\"no-recording\",\"info\":\"the stub has no recording for this request\"}}");
                return;
            }
            send(ex, 200, body);
        } catch (RuntimeException e) {
            failures.add(e.toString());
            send(ex, 500, "{}");
        }
    }

    private String entities(Map<String, String> params) {
        ObjectNode entities = MAPPER.createObjectNode();
        for (String id : params.get("ids").split("\\|")) {
            if (missing.contains(id)) {
                entities.set(id, MAPPER.createObjectNode().put("id", id).put("missing", ""));
                continue;
            }
            JsonNode rec = resource("entities/" + id + ".json");
            if (rec == null) {
                failures.add("no recording for item " + id);
                return null;
            }
            rec.path("entities").properties().forEach(e -> entities.set(e.getKey(), e.getValue()));
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("entities", entities);
        root.put("success", 1);
        return root.toString();
    }

    private String search(Map<String, String> params) {
        String file = searchIndex.get(params.get("language") + "\t" + params.get("search"));
        if (file == null) return null;
        JsonNode rec = resource("search/" + file);
        return rec == null ? null : rec.toString();
    }

    private static JsonNode resource(String name) {
        try (InputStream in = WikidataStub.class.getResourceAsStream(BASE + name)) {
            return in == null ? null : MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) return out;
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override public void close() { server.stop(0); }

    /** A copy of the fixture gazetteer (whose QIDs the recordings answer) as {@code name} in {@code dir}. */
    static Path fixtureGazetteer(Path dir, String name) throws IOException {
        Path g = dir.resolve(name);
        try (InputStream in = WikidataStub.class.getResourceAsStream("/org/nkkg/link/wikidata/gazetteer-fixture.tsv")) {
            java.nio.file.Files.copy(in, g);
        }
        return g;
    }
}
