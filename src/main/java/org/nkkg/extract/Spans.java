package org.nkkg.extract;

import org.nkkg.model.Mention;

import java.util.List;

/** Span tests over the mentions found so far in a sentence, shared by the extractors. */
final class Spans {
    private Spans() {}

    /** Some mention covers the offset. */
    static boolean covered(List<Mention> ms, int at) {
        for (Mention m : ms) if (m.begin() <= at && at < m.end()) return true;
        return false;
    }

    /** Some mention overlaps [b, e). */
    static boolean overlaps(List<Mention> ms, int b, int e) {
        for (Mention m : ms) if (m.overlaps(b, e)) return true;
        return false;
    }

    /** The mention ending exactly at {@code end}, or null. */
    static Mention endingAt(List<Mention> ms, int end) {
        for (Mention m : ms) if (m.end() == end) return m;
        return null;
    }
}
