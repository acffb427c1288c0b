package org.nkkg.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Answers of the Wikidata API on disk: one JSON file per request key, holding the answer and when it was received.
 * Written through a temporary file and an atomic move, so a file is either complete or absent.
 */
final class ResponseCache {
    record Entry(JsonNode body, Instant fetched) {}

    private final Path dir;

    /** @param dir the cache directory, or null for no cache */
    ResponseCache(Path dir) { this.dir = dir; }

    boolean enabled() { return dir != null; }

    Optional<Entry> get(String key) {
        if (dir == null) return Optional.empty();
        Path f = file(key);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            JsonNode n = WikidataJson.MAPPER.readTree(f.toFile());
            JsonNode body = n.get("body");
            if (body == null || body.isNull()) return Optional.empty();
            return Optional.of(new Entry(body, Instant.parse(n.path("fetched").asText())));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // unreadable: fetched again and overwritten
        }
    }

    void put(String key, String request, JsonNode body, Instant fetched) throws IOException {
        if (dir == null) return;
        Path f = file(key);
        Files.createDirectories(f.getParent());
        ObjectNode n = WikidataJson.MAPPER.createObjectNode();
        n.put("request", request);
        n.put("fetched", fetched.toString());
        n.set("body", body);
        WikidataRefresh.writeAtomically(f, WikidataJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }

    /** {@code area/name}: the area is a subdirectory, the name is kept when it is a plain token, else hashed. */
    private Path file(String key) {
        int slash = key.indexOf('/');
        String area = key.substring(0, slash);
        String name = key.substring(slash + 1);
        if (!name.matches("[A-Za-z0-9._-]{1,100}")) name = sha256(name).substring(0, 32);
        return dir.resolve(area).resolve(name + ".json");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
