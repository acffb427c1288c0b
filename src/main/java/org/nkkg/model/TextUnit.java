package org.nkkg.model;

import java.time.LocalDate;

/**
 * A block of cleaned text with its role. Headlines of a news page's related-items list are units of their own,
 * each with the date printed beside it, so that their relative dates resolve against that date, not the page's.
 *
 * @param begin,end cleaned-text offsets (UTF-16 indices, end exclusive)
 * @param heading   the nearest section heading above this unit, or null; a heading such as "9月20日" anchors dates
 */
public record TextUnit(int begin, int end, Kind kind, LocalDate date, String heading) {
    public enum Kind { BODY, HEADING, HEADLINE }
}
