package org.nkkg.model;

import java.time.LocalDate;

/**
 * One input document as read from disk, before any processing: its metadata and original text.
 * {@code text} is exactly the file's content decoded to Unicode; every offset the graph publishes
 * points into it (in code points, see {@link OffsetMap}).
 *
 * @param id        stable identifier (file name without extension), part of every IRI minted from this document
 * @param file      path relative to the input directory, as published in the graph
 * @param lang      language variant (from the manifest, or detected)
 * @param kind      "encyclopedia-article", "news-item" or "unknown": selects the cleaner
 * @param published publication date when known; anchors relative dates in news items
 * @param retrieved retrieval date when known
 */
public record SourceDoc(String id, String file, Lang lang, String title, String kind, String publisher,
                        String url, String originalTitle, LocalDate published, LocalDate retrieved,
                        String licence, String text) {

    public static final String KIND_ENCYCLOPEDIA = "encyclopedia-article";
    public static final String KIND_NEWS = "news-item";
    public static final String KIND_UNKNOWN = "unknown";

    /** The date that anchors relative dates ("19日", "当天"): publication, else retrieval, else none. */
    public LocalDate anchorDate() { return published != null ? published : retrieved; }
}
