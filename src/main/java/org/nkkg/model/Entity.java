package org.nkkg.model;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A real-world entity after merging across documents, languages and scripts.
 *
 * @param id          IRI slug: the gazetteer id, or a slug of the name with a short hash of its merge key
 * @param labels      preferred label per language tag ("zh-Hans", "zh-Hant", "en", "ru")
 * @param altLabels   other names as "tag\tname", sorted
 * @param partOf      id of the state/organization it belongs to (bodies) or lies in (places), or null
 */
public record Entity(String id, EntityType type, String gazetteerId, SortedMap<String, String> labels,
                     SortedSet<String> altLabels, String partOf, List<MentionRef> mentions) {}
