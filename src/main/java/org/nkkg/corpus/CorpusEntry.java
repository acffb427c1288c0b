package org.nkkg.corpus;

import org.nkkg.model.Lang;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A document listed in a corpus, before its text is read. {@code lang} is null when no manifest gives it:
 * it is then detected from the text.
 */
public record CorpusEntry(String id, Path path, String file, Lang lang, String title, String kind, String publisher,
                          String url, String originalTitle, LocalDate published, LocalDate retrieved, String licence) {}
