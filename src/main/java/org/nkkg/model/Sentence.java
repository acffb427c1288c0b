package org.nkkg.model;

/** A sentence of the cleaned text: cleaned-text offsets (UTF-16, end exclusive) and the unit it belongs to. */
public record Sentence(int index, int begin, int end, int unit) {
    public boolean contains(int offset) { return offset >= begin && offset < end; }
}
