package org.nkkg.build;

import java.util.Map;

/** What a build produced, for the CLI's summary and for tests. */
public record BuildSummary(int documents, Map<String, Integer> entitiesByType, int events, int statements,
                           int roles, int wikidataLinks, long triples, double seconds, Map<String, Long> stageNanos,
                           long characters) {
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("documents     %d (%,d characters)%n", documents, characters));
        entitiesByType.forEach((t, n) -> sb.append(String.format("%-14s%d%n", t, n)));
        sb.append(String.format("events        %d%nstatements    %d%nroles         %d%nWikidata      %d links (owl:sameAs)%n",
                events, statements, roles, wikidataLinks));
        sb.append(String.format("triples       %,d%nseconds       %.1f%n", triples, seconds));
        return sb.toString();
    }
}
