package org.nkkg.model;

/**
 * The linker's decision for one entity: the chosen item (null = NIL), its score, the runner-up, and whether the
 * link is certain enough for owl:sameAs.
 */
public record WikidataLink(String entityId, String qid, double score, String method, String runnerUp,
                           double runnerUpScore, boolean certain) {
    public static WikidataLink nil(String entityId, String method, String runnerUp, double runnerUpScore) {
        return new WikidataLink(entityId, null, 0, method, runnerUp, runnerUpScore, false);
    }
}
