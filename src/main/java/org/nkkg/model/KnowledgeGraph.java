package org.nkkg.model;

import java.util.List;
import java.util.Map;

/** Everything the corpus-level stages produced, ready to be written as RDF. Lists are in a stable order. */
public record KnowledgeGraph(List<DocumentInfo> documents, List<Entity> entities, Map<String, WikidataLink> links,
                             List<Role> roles, List<Event> events, List<Statement> statements) {
    public KnowledgeGraph withLinks(Map<String, WikidataLink> l) {
        return new KnowledgeGraph(documents, entities, l, roles, events, statements);
    }
}
