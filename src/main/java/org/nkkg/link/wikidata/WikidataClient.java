package org.nkkg.link.wikidata;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads Wikidata items and searches their labels. The build never needs one: it is used by
 * {@code nkkg wikidata refresh} and, when asked for, by {@code build --wikidata online}.
 */
public interface WikidataClient {
    /** The language codes asked for: English, the Chinese variants Wikidata keeps apart, Russian. */
    List<String> LANGUAGES = List.of("en", "zh-hans", "zh-hant", "zh-cn", "zh-tw", "zh", "ru");

    /**
     * The items for these QIDs (any number: the client batches them), keyed by the QID asked for. A merged item comes
     * back as its target with {@link WikidataItem#redirected()}; a deleted or never created one as
     * {@link WikidataItem#missing()}.
     */
    Map<String, WikidataItem> getEntities(List<String> qids, List<String> languages) throws IOException;

    /** Items whose label or alias matches {@code name} in {@code language} (wbsearchentities), best first. */
    List<SearchHit> search(String name, String language, int limit) throws IOException;
}
