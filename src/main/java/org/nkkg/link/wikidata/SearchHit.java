package org.nkkg.link.wikidata;

import java.util.List;

/**
 * One result of wbsearchentities.
 *
 * @param matchType     what matched: "label", "alias" or "entityId"
 * @param matchLanguage the language code of the matching term
 * @param matchText     the matching term
 */
public record SearchHit(String id, String label, String description, String matchType, String matchLanguage,
                        String matchText, List<String> aliases) {}
