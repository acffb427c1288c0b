package org.nkkg.nlp;

/** A segmenter token: cleaned-text offsets (UTF-16, end exclusive), its text and HanLP's part-of-speech tag. */
public record Token(int begin, int end, String text, String tag) {}
