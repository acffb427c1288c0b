package org.nkkg.model;

import java.util.Arrays;

/**
 * Maps positions in a cleaned text back to the original document.
 *
 * <p>Cleaned-text positions are Java {@code String} indices (UTF-16 units), because every later stage works on
 * {@code String}s. Original positions are <b>Unicode code points</b> from the start of the original file: that is
 * what NIF / RFC 5147 fragments and most non-Java clients count. The two differ only after a character outside the
 * Basic Multilingual Plane.
 *
 * <p>{@code origin[i]} is the original code-point offset of cleaned character {@code i}; one extra entry at the end
 * holds the original position just after the last kept character, so an end offset maps too.
 */
public final class OffsetMap {
    private final int[] origin;

    public OffsetMap(int[] origin) { this.origin = origin.clone(); }

    /** Original code-point offset of the cleaned character at {@code cleanIndex} (a begin offset). */
    public int begin(int cleanIndex) { return origin[cleanIndex]; }

    /** Original code-point offset just after the cleaned character at {@code cleanEnd - 1} (an exclusive end). */
    public int end(int cleanEnd) {
        if (cleanEnd == 0) return origin[0];
        return origin[cleanEnd - 1] + 1;
    }

    public int length() { return origin.length - 1; }

    @Override public boolean equals(Object o) { return o instanceof OffsetMap m && Arrays.equals(origin, m.origin); }

    @Override public int hashCode() { return Arrays.hashCode(origin); }
}
