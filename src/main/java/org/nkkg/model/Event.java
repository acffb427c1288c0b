package org.nkkg.model;

import java.util.List;

/** A real event after merging its mentions across documents; arguments are entity ids. */
public record Event(String id, EventType type, TimeValue date, TimeValue start, TimeValue end, List<String> agents,
                    List<String> affected, List<String> places, List<Quantity> quantities, List<MentionRef> mentions) {}
