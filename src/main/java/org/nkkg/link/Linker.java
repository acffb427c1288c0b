package org.nkkg.link;

import org.nkkg.model.KnowledgeGraph;

/** A linking step over the merged graph: returns the graph with its Wikidata decisions. */
@FunctionalInterface
public interface Linker {
    KnowledgeGraph link(KnowledgeGraph kg);
}
