package org.nkkg.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The hand-made gold annotations, one JSON file per document (format: data/gold/README.md). */
public record GoldSet(List<GoldDoc> docs) {
    public record GoldEntity(String id, String type, String qid, List<String> names) {}

    public record GoldEvent(String id, String type, String date, String end, List<String> agents,
                            List<String> affected, List<String> places, List<String> evidence) {}

    public record GoldStatement(String speaker, @com.fasterxml.jackson.annotation.JsonProperty("for") String forEntity,
                                String role, String stance, List<String> about, String date, String evidence) {}

    public record GoldDoc(String doc, List<GoldEntity> entities, List<GoldEvent> events, List<GoldStatement> statements) {
        public GoldDoc {
            entities = entities == null ? List.of() : entities;
            events = events == null ? List.of() : events;
            statements = statements == null ? List.of() : statements;
        }
    }

    public static GoldSet load(Path dir) throws IOException {
        ObjectMapper om = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<GoldDoc> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                docs.add(om.readValue(p.toFile(), GoldDoc.class));
            }
        }
        return new GoldSet(docs);
    }
}
