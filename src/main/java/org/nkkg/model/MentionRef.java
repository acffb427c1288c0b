package org.nkkg.model;

/**
 * Where a fact was read, as published: the document, the span in <b>original code points</b> (end exclusive), the
 * surface form exactly as in the file, and the enclosing sentence (also in original code points) with its text.
 */
public record MentionRef(String docId, Lang lang, int begin, int end, String surface,
                         int sentenceBegin, int sentenceEnd, String sentence) {}
