package org.nkkg.model;

import java.util.List;

/**
 * A real event after merging its mentions across documents; arguments are entity ids.
 *
 * @param labels the names of a known event by language tag ("en", "zh-Hans", …); empty for events found by triggers
 */
public record Event(String id, EventType type, TimeValue date, TimeValue start, TimeValue end, List<String> agents,
                    List<String> affected, List<String> places, List<Quantity> quantities, List<MentionRef> mentions,
                    java.util.Map<String, String> labels) {
    public Event {
        labels = java.util.Map.copyOf(labels);
    }
}
