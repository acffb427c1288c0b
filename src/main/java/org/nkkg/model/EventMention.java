package org.nkkg.model;

import java.util.List;

/**
 * An event as told in one sentence of one document, before events are merged across documents.
 * Argument lists hold mention keys (see {@link Mention#key()}), resolved to entities when the corpus is merged.
 *
 * @param begin,end  the trigger span (cleaned-text offsets)
 * @param date       the single time the text fixes, or null; {@code start}/{@code end} for intervals
 * @param named      the gazetteer id when the text names a known event ("First Nagorno-Karabakh War"), else null
 */
public record EventMention(EventType type, int begin, int end, String trigger, int sentence,
                           TimeValue date, TimeValue start, TimeValue endDate,
                           List<String> agents, List<String> affected, List<String> places,
                           List<Quantity> quantities, String named) {
    public EventMention {
        agents = List.copyOf(agents);
        affected = List.copyOf(affected);
        places = List.copyOf(places);
        quantities = List.copyOf(quantities);
    }

    /** The time span this mention covers, or null when undated. */
    public TimeValue from() { return date != null ? date : start; }

    public TimeValue to() { return date != null ? date : endDate; }
}
