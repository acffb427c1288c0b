package org.nkkg.link.wikidata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Wikidata item as read from the API: labels, aliases and descriptions per language code, and the item values
 * of its P31 (instance of) and P279 (subclass of) statements, deprecated ones left out.
 *
 * @param requestedId the QID asked for
 * @param id          the QID answered: differs from {@code requestedId} when the item was merged into another
 * @param fetched     when the answer was received from Wikidata (earlier than now when it came from the cache)
 */
public record WikidataItem(String requestedId, String id, boolean missing, Map<String, String> labels,
                           Map<String, List<String>> aliases, Map<String, String> descriptions, List<String> p31,
                           List<String> p279, Instant fetched) {

    public static WikidataItem missing(String requestedId, Instant fetched) {
        return new WikidataItem(requestedId, requestedId, true, Map.of(), Map.of(), Map.of(), List.of(), List.of(), fetched);
    }

    /** True when the QID asked for is now a redirect to {@link #id}. */
    public boolean redirected() { return !missing && !requestedId.equals(id); }

    /** The label, then the aliases, in one language code. */
    public List<String> names(String language) {
        List<String> out = new ArrayList<>();
        String l = labels.get(language);
        if (l != null) out.add(l);
        out.addAll(aliases.getOrDefault(language, List.of()));
        return out;
    }

    public String description(String language) { return descriptions.get(language); }
}
