package org.nkkg.model;

import java.util.List;

/** The text that extraction reads: boilerplate removed, with a map back to the original and its units in order. */
public record CleanText(String text, OffsetMap offsets, List<TextUnit> units) {
    public CleanText {
        units = List.copyOf(units);
    }
}
